import { safeStorage } from 'electron';
import type { KeyProtector } from './services/consultations';

/**
 * The drafts' data key, protected by the OS (Keychain, DPAPI, libsecret) via
 * Electron's asynchronous safeStorage API (the synchronous one is deprecated
 * in Electron 45 and gone in 46). Nothing is asked of the OS until the first
 * save or read, after the app is ready; each question is asked afresh, so a
 * keyring unlocked after Facet started is used from then on.
 *
 * Where the OS offers nothing better than Chromium's fixed "basic" password
 * on Linux, the store still encrypts, and Settings says the key is not
 * protected. Where it offers nothing at all, the kind is `none`.
 */
export function osKeyProtector(): KeyProtector {
  return {
    async current() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return { kind: 'none', isSecure: false };
      const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
      return { kind: 'os', isSecure: backend !== 'basic_text' && backend !== 'unknown' };
    },
    protect: (key) => safeStorage.encryptStringAsync(key.toString('base64')),
    async unprotect(blob) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(blob);
      return { key: Buffer.from(result, 'base64'), rewrap: shouldReEncrypt };
    },
  };
}
