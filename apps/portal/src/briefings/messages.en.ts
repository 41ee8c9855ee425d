/** English UI strings of the briefings (newsletter) pages, merged into the portal's English catalogue (i18n/catalogue.en.ts). */
const en = {
  briefings: {
    nav: 'Briefings',
    title: 'Briefings',
    metaDescription:
      'The bi-monthly dualcarbon briefing: key climate actions by China’s national and sub-national governments, and new research, in English and Chinese.',
    intro:
      'A bi-monthly briefing on the climate actions of China’s state and non-state actors and the research behind carbon neutrality. Every item links to its entry in the database.',
    issue: 'Issue {n}',
    period: 'Covers {from} – {to}',
    published: 'Published {date}',
    inIssue: 'In this issue',
    empty: 'No briefing has been published yet.',
    loading: 'Loading the briefings…',
    loadingIssue: 'Loading the briefing…',
    back: 'All briefings',
    feed: 'Atom feed',
    feedTitle: 'dualcarbon briefings (Atom)',
    markdown: 'Markdown',
    email: 'E-mail version',
    otherFormats: 'Other formats',
    notFoundTitle: 'No such briefing',
    notFoundBody: 'Briefing {n} has not been published.',
    subscription: {
      confirmed: 'Your subscription is confirmed. The next briefing will come to your inbox.',
      unsubscribed: 'You have been unsubscribed. You will get no more briefings.',
      invalid: 'This link is not valid any more. Subscribe again below to get a new one.',
    },
    subscribe: {
      title: 'Get the briefing by e-mail',
      lead: 'Every two months, in the language you choose. We send a confirmation link first; every briefing has an unsubscribe link.',
      email: 'E-mail address',
      lang: 'Language',
      submit: 'Subscribe',
      sending: 'Sending…',
      invalidEmail: "Enter an e-mail address like name{'@'}example.org.",
      done: 'Thank you. If this address can receive our briefings, a message with a confirmation link is on its way.',
      limited: 'Too many requests from your connection. Please try again later.',
      failed: 'The subscription could not be sent. Please try again.',
    },
    unsubscribe: {
      title: 'Unsubscribe',
      question: 'Stop receiving the dualcarbon briefings?',
      lead: 'You followed the unsubscribe link in one of our e-mails. Nothing has changed yet: confirm below and no more briefings will be sent to this address.',
      checking: 'Checking the link…',
      submit: 'Unsubscribe',
      sending: 'Unsubscribing…',
      keep: 'Keep my subscription',
      already: 'This address is already unsubscribed. You will get no more briefings.',
      failed: 'The request could not be sent. Please try again.',
      noToken: 'To unsubscribe, follow the unsubscribe link at the end of any briefing e-mail: it opens this page for your address.',
      toBriefings: 'Go to the briefings',
    },
  },
};

export default en;
export type BriefingsMessages = typeof en;
