/**
 * The fallback answer for a text no pattern recognises: the language its tools and words point to (weak
 * evidence, low confidence) and, when it names no class or code, the system error it quotes. Pure: the
 * rules engine alone.
 */
import { engine } from './support/recognised';

const analyse = (error: string) => engine.analyse({ error });

describe('the fallback answer for an error no pattern knows', () => {
  it.each([
    ['pg_amcheck: warning: btree index "public.orders_pkey": block 12 is not a leaf page', 'sql', 'SQL/database'],
    ["ninja: job pool 'link_pool' has depth 0 in build.ninja", 'c', 'C'],
    ['error: kubeconfig user "ci-bot" has both token and tokenFile set', 'kubernetes', 'Kubernetes'],
    ['Error: build context of 4.2GB exceeds the limit this runner allows', 'docker', 'Docker'],
    ['backupctl: rotating /srv/backups/daily failed: Invalid argument', 'shell', 'shell'],
    // A kernel oops's taint line, sshd's configuration, a PowerShell cmdlet's error record, Istio's control plane, TensorFlow.
    [
      '[  912.118204] Tainted: G           OE     5.15.0-91-generic #101-Ubuntu\n[  912.118210] RIP: 0010:frob_ring_push+0x19/0x240 [frobnic]',
      'c',
      'C',
    ],
    ['/etc/ssh/sshd_config line 12: Deprecated option RSAAuthentication', 'shell', 'shell'],
    ['Get-Frobnicator : The frobnicator service is paused.', 'shell', 'shell'],
    ['istiod: sidecar injection template "frobnicate" stalled for revision canary', 'kubernetes', 'Kubernetes'],
    ['tensorflow frobnication stalled at step 12 of 40', 'python', 'Python'],
    // Android's native build, Dev-C++'s console pauser after a Windows crash status, CUDA's assembler.
    ['Android NDK: Module frobnic requests unknown ABI flavour frob-v9', 'c', 'C'],
    ['Process exited after 0.41 seconds with return value 3221225501', 'c', 'C'],
    ['ptxas fatal   : frob kernel stalled at stage 3', 'cpp', 'C++'],
    // Node.js as a command, not a cluster's or a tree's node.
    ['frobnicator exited while running node --frob-mode=fast ./worker', 'javascript', 'JavaScript/Node.js'],
  ])('%j reads as %s from the tools it names, and says the signs are weak', (text, language, label) => {
    const { translation, patternId } = analyse(text);
    expect(patternId).toBeNull();
    expect(translation.language).toBe(language);
    expect(translation.explanation).toContain(`looks like ${label} output`);
    expect(translation.explanation).toContain('though the signs are weak');
    expect(translation.confidence).toBeLessThanOrEqual(0.2);
  });

  it('names the error by the system error the tool quotes when it gives no class or code', () => {
    const { translation, patternId } = analyse('backupctl: rotating /srv/backups/daily failed: Invalid argument');
    expect(patternId).toBeNull();
    expect(translation.error_type).toBe('Invalid argument');
    expect(translation.summary).toContain('(Invalid argument)');
  });

  it('keeps the longer system error when a shorter one is part of it', () => {
    const { translation } = analyse('backupctl: moving the snapshot to /mnt/archive failed: Invalid cross-device link');
    expect(translation.error_type).toBe('Invalid cross-device link');
  });

  it('prefers a class the text names over a system error it quotes', () => {
    const { translation } = analyse('FrobnicatorTimeoutError: the frobnicator could not open its socket: Permission denied');
    expect(translation.error_type).toBe('FrobnicatorTimeoutError');
  });

  it('still says it cannot tell when the text names no tool', () => {
    const { translation, patternId } = analyse('The widget frobnicator stopped responding after the third retry.');
    expect(patternId).toBeNull();
    expect({ language: translation.language, error_type: translation.error_type }).toEqual({ language: 'unknown', error_type: 'unknown error' });
    expect(translation.summary).toBe('The rules engine could not recognise this error or the language that produced it.');
  });

  it('reads a shell prompt as where the text was pasted, and the tools it runs as whose error it is', () => {
    const underNinja = analyse('$ ninja -C build frobnicate\nninja: frob stage stalled at step 3').translation;
    const ownProgram = analyse('$ ./frobd --serve\nfrobd: the frobnicator gave up').translation;
    expect([underNinja.language, ownProgram.language]).toEqual(['c', 'shell']);
  });

  it("does not take a cluster's node for Node.js", () => {
    const { translation, patternId } = analyse('Skipping node ip-10-0-3-7: the node is marked for frobnication by the autoscaler');
    expect(patternId).toBeNull();
    expect(translation.language).toBe('unknown');
  });

  it('never changes an answer a pattern gives', () => {
    const { translation, patternId } = analyse('bash: frobnicate: command not found');
    expect(patternId).not.toBeNull();
    expect({ language: translation.language, error_type: translation.error_type }).toEqual({
      language: 'shell',
      error_type: 'command not found',
    });
  });

  it('leaves a language the text itself shows to the detector', () => {
    const { translation } = analyse('Traceback (most recent call last):\n  File "job.py", line 3, in <module>\nFrobError: kubectl said no');
    expect(translation.language).toBe('python');
  });
});
