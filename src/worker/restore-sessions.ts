/**
 * A backup read once, in the worker: previewed, then restored from what was read (by its token), so a
 * file of up to 128 MB is neither read on the panel's thread nor sent and parsed a second time.
 */
import { type Backup, readBackup } from '../core/backup-format';
import type { RestoreMode, RestorePreview } from '../core/backup-plan';
import { AssistantError } from '../core/errors';
import type { FiledRequest } from '../core/support-request/filed-request';
import { previewBackup, type Restored, restoreBackup } from './backup';
import type { AssistantDatabase } from './database';

export class RestoreSessions {
  /** One file at a time: a new one replaces what was read before. */
  private read: { token: string; backup: Backup } | null = null;

  constructor(private readonly db: AssistantDatabase) {}

  async preview(file: Blob, requests: FiledRequest[]): Promise<{ token: string; preview: RestorePreview }> {
    this.read = null;
    const backup = readBackup(await file.text());
    const token = crypto.randomUUID();
    const preview = await previewBackup(this.db, backup, requests);
    this.read = { token, backup };
    return { token, preview };
  }

  async restore(token: string, mode: RestoreMode, requests: FiledRequest[]): Promise<Restored> {
    const backup = this.take(token);
    return restoreBackup(this.db, backup, mode, requests);
  }

  /** The publisher went back: what was read is let go. */
  cancel(token: string): void {
    if (this.read?.token === token) this.read = null;
  }

  private take(token: string): Backup {
    if (this.read?.token !== token) throw new AssistantError('restore-expired', 'This backup is no longer read: choose the file again.');
    const { backup } = this.read;
    this.read = null;
    return backup;
  }
}
