/**
 * Go's network, TLS and file errors are printed by every tool written in Go. In kubectl's or docker's output they are
 * the tool's errors (the corpus README's kubernetes row: kubectl's "connection refused"); in a Go program's own log,
 * or in the output of a docker build's RUN step that ran a Go program, they stay Go's. Likewise a system error in a
 * database server's log is the server's, and the tools that wrap an upload or a build keep their own language.
 * Pure: the rules engine alone.
 */
import { engine } from './support/recognised';

const analyse = (error: string) => engine.analyse({ error });

describe("Go's system errors in Go-written tools' output", () => {
  it.each([
    [
      '$ kubectl get pods -n payments\nGet "https://10.0.0.5:6443/api/v1/namespaces/payments/pods": dial tcp 10.0.0.5:6443: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '$ kubectl --context staging apply -f deploy.yaml\nerror: open deploy.yaml: no such file or directory',
      'kubernetes',
      'no such file or directory',
    ],
    // No command shown: the objects and tools the text mentions tell (a controller's Deployment, dockerd's log line).
    [
      'unable to sync the Deployment payments/api: Get "https://10.0.0.5:6443/apis/apps/v1/namespaces/payments/deployments/api": dial tcp 10.0.0.5:6443: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      'dockerd[1038]: level=error msg="failed to pull image" error="Get \\"https://registry.example.com/v2/\\": x509: certificate signed by unknown authority"',
      'docker',
      'certificate signed by unknown authority',
    ],
    // A Go program's own log line.
    ['2024/05/01 10:00:00 dial tcp 10.0.0.5:5432: i/o timeout', 'go', 'i/o timeout'],
    // glog's line header is any Go program's, not only Kubernetes' components'.
    [
      'F0622 09:26:07.843750    1132 proxy.go:63] ListenTCP(127.0.0.1:8087) error: listen tcp 127.0.0.1:8087: bind: address already in use',
      'go',
      'address already in use',
    ],
    // A docker build's RUN step ran the Go program that printed it.
    [
      '#8 [build 3/5] RUN go run ./cmd/migrate\n#8 0.912 2024/05/01 10:00:00 dial tcp 10.0.0.5:5432: connect: connection refused\n#8 ERROR: process "/bin/sh -c go run ./cmd/migrate" did not complete successfully: exit code: 1',
      'go',
      'connection refused',
    ],
  ])('%j is answered %s / %s', (text, language, errorType) => {
    const { translation, patternId } = analyse(text);
    expect(patternId).toMatch(/^go\./);
    expect([translation.language, translation.error_type]).toEqual([language, errorType]);
  });

  it("keeps the Go pattern's explanation of the failure under the tool's language", () => {
    const inKubectl = analyse('$ kubectl get pods\nGet "https://10.0.0.5:6443/api/v1/pods": dial tcp 10.0.0.5:6443: i/o timeout').translation;
    const inGo = analyse('2024/05/01 10:00:00 Get "https://10.0.0.5:6443/api/v1/pods": dial tcp 10.0.0.5:6443: i/o timeout').translation;
    expect(inKubectl.language).toBe('kubernetes');
    expect(inGo.language).toBe('go');
    expect(inKubectl.summary).toBe(inGo.summary);
  });
});

describe("other programs' errors in a tool's output", () => {
  it.each([
    // The system's message at the end of a database server's log line: the server's error.
    ['2024-04-03 17:02:47.173 UTC [202508] LOG:  could not frobnicate segment "/PostgreSQL.9": No space left on device', 'sql'],
    // esptool.py is the ESP32 boards' uploader, not the user's Python program.
    ['esptool.py v4.5.1\nSerial port /dev/ttyUSB0\nFrobnicating flash stage 2 stalled', 'cpp'],
    // PowerShell refusing npm's or pnpm's .ps1 shim is the shell's error, not a JavaScript one.
    [
      'pnpm : File C:\\Users\\dev\\AppData\\Roaming\\npm\\pnpm.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.\nAt line:1 char:1\n+ pnpm install\n+ ~~~~\n    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      'shell',
    ],
    // xcode-select refusing to run xcodebuild is a macOS tool's error, not a Swift build's.
    ["xcode-select: note: tool 'xcodebuild' requires Xcode to frobnicate", 'shell'],
  ])('%j is answered as %s', (text, language) => {
    expect(analyse(text).translation.language).toBe(language);
  });
});
