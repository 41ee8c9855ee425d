import type { BriefingsMessages } from './messages.en';

/** 简报页面的中文界面文字，并入门户的中文目录（i18n/catalogue.zh.ts）。 */
const zh: BriefingsMessages = {
  briefings: {
    nav: '简报',
    title: '简报',
    metaDescription: 'dualcarbon 双月简报：中国国家和地方层面的主要气候行动与最新研究，中英双语。',
    intro: '双月简报，介绍中国国家和非国家行为体的气候行动以及推动碳中和的研究。每一条都链接到数据库中的对应条目。',
    issue: '第{n}期',
    period: '覆盖 {from} 至 {to}',
    published: '发布于 {date}',
    inIssue: '本期要点',
    empty: '尚未发布简报。',
    loading: '正在加载简报…',
    loadingIssue: '正在加载本期简报…',
    back: '全部简报',
    feed: 'Atom 订阅源',
    feedTitle: 'dualcarbon 简报（Atom）',
    markdown: 'Markdown',
    email: '邮件版本',
    otherFormats: '其他格式',
    notFoundTitle: '没有这一期简报',
    notFoundBody: '第{n}期简报尚未发布。',
    subscription: {
      confirmed: '订阅已确认。下一期简报将发送到您的邮箱。',
      unsubscribed: '您已退订，今后不会再收到简报。',
      invalid: '此链接已失效。请在下方重新订阅以获取新链接。',
    },
    subscribe: {
      title: '通过电子邮件接收简报',
      lead: '每两个月一期，语言由您选择。我们会先发送确认链接；每期简报都附有退订链接。',
      email: '电子邮箱',
      lang: '语言',
      submit: '订阅',
      sending: '正在发送…',
      invalidEmail: "请输入有效的电子邮箱地址，例如 name{'@'}example.org。",
      done: '谢谢。如果该地址可以接收我们的简报，一封带有确认链接的邮件正在发送中。',
      limited: '来自您网络的请求过多，请稍后再试。',
      failed: '订阅请求未能发送，请重试。',
    },
    unsubscribe: {
      title: '退订',
      question: '不再接收 dualcarbon 简报？',
      lead: '您打开了我们邮件中的退订链接。目前尚未做任何更改：请在下方确认，此后我们将不再向该地址发送简报。',
      checking: '正在检查链接…',
      submit: '退订',
      sending: '正在退订…',
      keep: '保留订阅',
      already: '该地址已退订，今后不会再收到简报。',
      failed: '请求未能发送，请重试。',
      noToken: '如需退订，请点击任意一期简报邮件末尾的退订链接，它会为您的地址打开此页面。',
      toBriefings: '前往简报页面',
    },
  },
};

export default zh;
