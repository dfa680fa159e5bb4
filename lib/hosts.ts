/** The UN sites the overlay runs on (https only). The content script's `matches` come from here. */
export const UN_HOSTS = [
  'undocs.org',
  'documents.un.org',
  'www.un.org',
  'digitallibrary.un.org',
  'research.un.org',
  'press.un.org',
  'www.unido.org',
] as const;

export const UN_MATCHES = UN_HOSTS.map((host) => `https://${host}/*`);
