import type { Messages } from './en';

/** CMS 中文界面文字。 */
const zh: Messages = {
  app: {
    name: 'dualcarbon',
    section: '编辑后台',
    skipToContent: '跳到主要内容',
    portalLink: '公开网站',
    nav: '后台导航',
  },
  language: {
    switchTo: 'EN',
    switchLabel: '切换界面语言：',
  },
  signIn: {
    title: '登录',
    metaDescription: '登录以编辑和审核 dualcarbon 条目。',
    intro: '编辑和审核人员登录后可添加、核对和发布条目。',
    email: '电子邮箱',
    password: '密码',
    showPassword: '显示密码',
    submit: '登录',
    submitting: '正在登录…',
    errorSummary: '请更正以下问题：',
    errors: {
      emailRequired: '请输入电子邮箱地址。',
      emailInvalid: '请输入有效的电子邮箱地址，例如 name{\'@\'}example.org。',
      passwordRequired: '请输入密码。',
      passwordTooLong: '密码最多 {max} 个字符。',
    },
    failed: '登录失败',
    unreachable: '无法连接服务器，请稍后再试。',
  },
  shell: {
    title: '已登录',
    welcome: '当前登录：{who}。',
    role: '角色：{role}',
    comingSoon: '编辑和审核工具将在后续版本中提供。',
    signOut: '退出登录',
  },
  notFound: {
    title: '页面不存在',
    body: '编辑后台没有这个页面。',
    goSignIn: '前往登录',
  },
};

export default zh;
