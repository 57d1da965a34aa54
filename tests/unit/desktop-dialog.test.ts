/** The desktop save/folder dialog requests that electron/ipc.ts accepts, and those it refuses. */
import { describe, expect, it } from 'vitest';
import { DialogRequestSchema } from '../../shared/desktop-dialog.js';

describe('desktop dialog requests', () => {
  it.each([
    [{ kind: 'save', defaultName: 'kopi-aceh.md', content: '# Kopi', extensions: ['md'] }, true],
    [{ kind: 'save', defaultName: 'kopi.jsonld', content: '' }, true],
    [{ kind: 'folder' }, true],
    [{ kind: 'save', defaultName: '../../.bashrc', content: 'x' }, false],
    [{ kind: 'save', defaultName: 'C:\\Windows\\x.md', content: 'x' }, false],
    [{ kind: 'save', defaultName: '', content: 'x' }, false],
    [{ kind: 'save', defaultName: 'x.md', content: 'x', extensions: ['.md'] }, false],
    [{ kind: 'save', defaultName: 'x.md' }, false],
    [{ kind: 'open', path: '/etc/passwd' }, false],
    ['save', false],
  ])('%j → %s', (request, ok) => {
    expect(DialogRequestSchema.safeParse(request).success).toBe(ok);
  });
});
