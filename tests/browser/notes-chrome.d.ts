/**
 * `chrome` as the notes browser tests use it inside page.evaluate (extension pages, the service
 * worker, chrome://extensions): the extension API's types, plus the one private API the tests
 * use to stand in for the permission prompt's "Allow".
 */
declare const chrome: typeof import('@wxt-dev/browser').browser & {
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
};
