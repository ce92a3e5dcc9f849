/** Every key the extension keeps in extension storage, in one place: the items use them, and so do the tests. */
export const STORAGE_KEYS = {
  pendingRequest: 'pendingSupportRequest',
  preparedRequests: 'preparedSupportRequests',
  fillReports: 'fillReports',
  filedRequests: 'filedRequests',
  categoryChoices: 'categoryChoices',
  fieldLabels: 'supportFieldLabels',
  lastList: 'lastList',
  captureNoticeDismissed: 'captureNoticeDismissed',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
