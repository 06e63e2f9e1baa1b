import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A third catalog pass over the Kubernetes family, from errors as people paste them into issues: Helm's
 * template and hook failures (a field read from the wrong scope, a template that does not parse, a
 * hook Job that failed, values refused by the chart's schema), Helm and kubectl when the cluster does not
 * answer, kubectl's port-forward, exec and logs, the kubelet's runtime start errors and a few more event
 * reasons, the CNI plugins (Calico's readiness, flannel's and the kubelet's missing CNI config), CoreDNS's
 * upstream timeouts and its wait for the API server, and the cluster tools around them (minikube's VM
 * drivers, eksctl, cert-manager's issuance). The type is the reason Kubernetes or the tool gives, else
 * the tool's own phrase without the names around it, else the network error underneath (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const HELM_TEMPLATES = ref('Helm: Chart template guide (variables and scope)', 'https://helm.sh/docs/chart_template_guide/variables/');
const HELM_DEBUG = ref('Helm: Debugging templates', 'https://helm.sh/docs/chart_template_guide/debugging/');
const HELM_HOOKS = ref('Helm: Chart hooks', 'https://helm.sh/docs/topics/charts_hooks/');
const DEBUG_PODS = ref('Kubernetes: Debug pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`);
const DNS_DEBUG = ref('Kubernetes: Debugging DNS resolution', `${K8S_DOCS}/tasks/administer-cluster/dns-debugging-resolution/`);
const NETWORK_PLUGINS = ref('Kubernetes: Network plugins', `${K8S_DOCS}/concepts/extend-kubernetes/compute-storage-net/network-plugins/`);
const CLUSTER_ACCESS = ref('Kubernetes: Configure access to multiple clusters', `${K8S_DOCS}/tasks/access-application-cluster/configure-access-multiple-clusters/`);
const CERT_MANAGER = ref('cert-manager: Troubleshooting', 'https://cert-manager.io/docs/troubleshooting/');

/** The network failure under a client's "cannot reach the cluster", by the phrase the README uses for it. */
export function networkReason(detail: string): string | null {
  if (/connection refused|actively refused/.test(detail)) return 'connection refused';
  if (/i\/o timeout/.test(detail)) return 'i/o timeout';
  if (/TLS handshake timeout/.test(detail)) return 'TLS handshake timeout';
  if (/Client\.Timeout exceeded|context deadline exceeded/.test(detail)) return 'context deadline exceeded';
  if (/no such host/.test(detail)) return 'no such host';
  if (/certificate signed by unknown authority/.test(detail)) return 'certificate signed by unknown authority';
  if (/certificate has expired or is not yet valid/.test(detail)) return 'certificate has expired or is not yet valid';
  if (/certificate is valid for /.test(detail)) return 'certificate is valid for';
  if (/provide credentials|Unauthorized/.test(detail)) return 'Unauthorized';
  return null;
}

/** The host:port a Go client dialled ("dial tcp 10.0.0.1:6443", "Get "https://host:6443/version""). */
export const dialed = (detail: string): string | null =>
  /dial (?:tcp|udp)[46]? (?:\[[^\]\s]{1,60}\]|[^\s:]{1,255}):\d{1,5}/.exec(detail)?.[0].replace(/^dial \w+ /, '') ??
  /https?:\/\/([^/"\s]{1,300})/.exec(detail)?.[1] ??
  null;

/** What a runtime's exec/start error says about the command (captured by a lookahead: captures are clipped), in one sentence. */
function commandProblem(exe: string | undefined, reason: string | undefined): string | null {
  if (!reason) return null;
  const named = exe ? ` (${exe})` : '';
  if (/executable file not found/.test(reason)) return `The command${named} does not exist in the image: a typo, or a minimal image (distroless, alpine, scratch) without that program or shell.`;
  if (/no such file or directory/.test(reason)) return `The file the command names${named} is not in the image, or it is a script whose interpreter (the #! line) is missing there, or a script saved with Windows line endings (CRLF).`;
  if (/permission denied/.test(reason)) return `The command${named} is not executable: a script copied into the image without its execute bit, or a file on a volume mounted noexec.`;
  return `The command${named} was built for another CPU architecture than the node (an arm64 image on an amd64 node, or the reverse), or it is a script without a #! line.`;
}

/** Event reasons this pass adds, with what each means. */
const EVENT_THIRD: Readonly<Record<string, string>> = {
  SandboxChanged:
    "The kubelet found the pod's sandbox (its pause container and network namespace) gone or changed and is killing and re-creating the pod's containers. Repeated, it follows sandbox failures: the CNI plugin failing (see FailedCreatePodSandBox rows), the container runtime restarting, or the node under memory pressure killing the pause container.",
  ProbeError:
    'A probe could not be run or got an error answer (since Kubernetes 1.24 the kubelet reports the response body here); the Unhealthy rows next to it say whether the container was marked unready or restarted.',
  MissSchedule:
    "The CronJob controller missed one or more scheduled times: the controller was down or slow, or the previous Job is still running with concurrencyPolicy: Forbid. After more than 100 missed schedules it stops starting Jobs until startingDeadlineSeconds is set.",
  FailedNeedsStart:
    'The CronJob controller could not work out which run to start next, usually because too many schedules were missed (more than 100) without a startingDeadlineSeconds.',
  FailedToUpdateEndpointSlices:
    "The EndpointSlice controller could not update the Service's EndpointSlices: an update conflict (it retries), an admission webhook or quota refusing the change, or the API server overloaded.",
  TopologyAffinityError:
    "The kubelet's Topology Manager (policy single-numa-node or restricted) could not give the pod CPUs, memory or devices from one NUMA node, so the pod was rejected on this node.",
  CreatingLoadBalancerFailed:
    "The cloud provider could not create the Service's load balancer: a quota, missing permissions of the cluster identity, a subnet or public IP it cannot use, or an annotation with an invalid value.",
  OwnerRefInvalidNamespace:
    'The garbage collector found an ownerReference pointing to an owner in another namespace (or a namespaced owner for a cluster-scoped object), which Kubernetes does not allow; the reference is ignored.',
  CgroupV1:
    'The kubelet runs on a node with cgroup v1, which Kubernetes has put in maintenance mode (1.31) and refuses by default from 1.35: the node OS must move to cgroup v2.',
};

/** The first container a kubectl/kubelet message names. */
const containerOf = (c: Captures): string => c.container ?? '<container>';

export const KUBERNETES_CATALOG3_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- Helm's templates, hooks and schema
  {
    id: 'k8s.helm-template-field',
    language: 'kubernetes',
    // Go's text/template, as Helm renders a chart: a field read from something that is not a map or struct
    // that has it (helm install/upgrade/template/lint, Flux's and Argo CD's wrappers of them).
    match:
      /(?<template>[^\s:"<>]{1,300}):(?<line>\d{1,6}):(?<col>\d{1,6}): executing "[^"\n]{1,300}" at <(?<value>[^>\n]{1,200})>: (?:can't evaluate field (?<field>\w{1,100}) in type (?<valueType>(?:\[\])?(?:map\[\w{1,20}\])?[\w.*]{1,60}(?: \{\})?)|wrong type for value; expected (?<expected>[^;\n]{1,60}); got (?<got>[^\n]{1,60}))/,
    requires: /can't evaluate field|wrong type for value/,
    errorType: (c) => (c.field ? "can't evaluate field" : 'wrong type for value'),
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.field
        ? `Helm could not render ${c.template} (line ${c.line}): ${c.value} reads the field ${c.field} from a value of type ${c.valueType}, which has no such field.`
        : `Helm could not render ${c.template} (line ${c.line}): ${c.value} gave a ${c.got} where the template function expects a ${c.expected}.`,
    explanation: (c) => {
      if (!c.field) return `A template function (quote, b64enc, a string function) received ${c.value}, which holds a ${c.got}, not a ${c.expected}: the values file sets that key to a map or list where the chart expects a single value (or the reverse), often after a chart upgrade changed the values' layout. Pass it through toYaml for a map, or set the key the chart documents.`;
      const root = /^\.(?:Values|Chart|Release|Capabilities|Files|Template)\b/.test(c.value);
      const rooted = c.value.replace(/^\./, '$.');
      if (root && c.value.split('.')[1] === c.field)
        return `Inside a range or with block (or a template included with another context), "." is no longer the chart's root but the current item, here a value of type ${c.valueType}, which has no field ${c.field}. In Go templates "$" always means the root: ${rooted} works anywhere.`;
      if (root)
        return `${c.value} starts from ".", but the part before ${c.field} gave a value of type ${c.valueType} instead of a map or struct: "." was rebound by a range or with block (so ${c.value.split('.').slice(0, 2).join('.')} is not the chart's), or a key on that path is missing or empty in the values. "$" always means the root (${rooted}); if it still fails, the values lack the key.${/^\.(?:Chart|Release|Capabilities)\./.test(c.value) ? ` The built-in objects' fields are spelled as Helm documents them, with capitals: .Chart.Name, .Chart.Version, .Chart.AppVersion, .Chart.APIVersion, .Release.Name, .Release.Namespace, .Capabilities.KubeVersion; a field with another spelling does not exist.` : ''}`;
      return `The expression ${c.value} walks a path in which the part before ${c.field} is a value of type ${c.valueType}: a key that is missing or empty in the values (an empty interface {}), a list where the template expects a map (range over it instead), or a plain value. Compare the values you pass with the layout the chart's values.yaml documents.`;
    },
    causes: (c) =>
      c.field
        ? ['.Values, .Chart or .Release used inside range or with, where "." is the current item (use $)', 'A values key missing, empty or of another shape than the chart expects', 'An include called with a context other than "."']
        : ['A values key set to a map or list where the chart expects a string (or the reverse)', 'A chart upgrade that changed the layout of its values'],
    fixes: (c) => [
      c.field && /^\.(?:Values|Chart|Release|Capabilities|Files)\b/.test(c.value)
        ? fix(`Refer to the root as $ in ${c.template}`, [`At line ${c.line}, write ${c.value.replace(/^\./, '$.')} instead of ${c.value} (or capture what you need in a variable before the range/with block).`, 'Render only that template to check it.'], `{{- range .Values.items }}\n  image: {{ $.Values.image.repository }}   # $ is the chart root inside range/with\n{{- end }}\nhelm template <release> <chart> --debug --show-only ${c.template.replace(/^[^/]{1,200}\//, '')}`)
        : fix(`Give ${c.value} the shape ${c.template} expects`, [`Look at line ${c.line} of ${c.template} and at the default values; set the key as the chart documents it.`], `helm show values <chart> | less\nhelm template <release> <chart> -f values.yaml --debug --show-only ${c.template.replace(/^[^/]{1,200}\//, '')}`),
    ],
    references: [HELM_TEMPLATES, HELM_DEBUG],
    samples: [
      'Error: INSTALLATION FAILED: template: my-chart/templates/deployment.yaml:8:30: executing "my-chart/templates/deployment.yaml" at <.Chart.ApiVersion>: can\'t evaluate field ApiVersion in type interface {}',
      'Error: template: rundeck/templates/ingress.yaml:36:28: executing "rundeck/templates/ingress.yaml" at <.Values.nginx.enabled>: can\'t evaluate field Values in type interface {}',
      'Error: INSTALLATION FAILED: template: mychart/templates/deployment.yaml:25:21: executing "mychart/templates/deployment.yaml" at <.Values.resources>: wrong type for value; expected string; got map[string]interface {}',
    ],
  },
  {
    id: 'k8s.helm-template-parse',
    language: 'kubernetes',
    // A chart template that does not parse, in Helm 3's words (parse error at (file:line)) and Helm 2's (template: file:line:).
    match:
      /parse error at \((?<template>[^()\n]{1,300}):(?<line>\d{1,6})\): (?!function ")(?<detail>[^\n]{1,200})|template: (?<template2>[^\s:"]{1,300}\.(?:ya?ml|tpl|txt|json)):(?<line2>\d{1,6}): (?<detail2>unexpected [^\n]{1,150}|unclosed action[^\n]{0,60}|unterminated (?:quoted string|raw quoted string|character constant)|bad character U\+[0-9A-F]{4}[^\n]{0,40}|undefined variable "[^"\n]{1,60}"|missing value for command|unexpected EOF)/,
    requires: /parse error at \(|\.(?:ya?ml|tpl|txt|json):\d/,
    errorType: 'parse error',
    category: 'syntax',
    // Below k8s.helm-template-function (an undefined function is its answer).
    priority: 39,
    summary: (c) => `The chart template ${c.template ?? c.template2} does not parse (line ${c.line ?? c.line2}): ${c.detail ?? c.detail2}`,
    explanation: (c) => {
      const d = c.detail ?? c.detail2 ?? '';
      if (/unclosed action|unexpected EOF/.test(d)) return 'A {{ … }} action is opened and never closed: a missing }}, or an if/range/with/define block without its {{ end }}. Helm reports the line where the template ended, so the real mistake is often above it.';
      if (/undefined variable/.test(d)) return 'The template uses a $variable that is not defined in this scope: variables defined inside range, with or define do not exist outside them, and each template file (and each define) starts with only $ defined.';
      if (/bad character U\+002D/.test(d)) return 'A "-" where Go templates do not allow it: a whitespace trim marker without the space it needs ({{- and -}} must be followed or preceded by a space), or a value key with a dash read as .Values.my-key (use index .Values "my-key").';
      if (/unexpected "}"|unexpected "\{"|in operand|in command/.test(d)) return 'The expression inside {{ … }} is malformed: an extra or missing brace, a pipeline with an empty operand, or parentheses that do not match.';
      return `Go's template parser refused the file before any value was rendered: ${d}. The line it names is where the parser gave up.`;
    },
    causes: ['A {{ or }} missing or doubled', 'An if, range, with or define without its {{ end }}', 'A dash in a key used as .Values.my-key, or a trim marker without its space', 'A $variable used outside the block that defines it'],
    fixes: (c) => [
      fix(`Fix the template at ${c.template ?? c.template2}:${c.line ?? c.line2}`, ['Lint the chart for the line of every parse error, then render the template alone.'], `helm lint <chart-dir>\nhelm template <release> <chart-dir> --debug --show-only ${(c.template ?? c.template2 ?? '').replace(/^[^/]{1,200}\//, '')}\n# keys with dashes:  {{ index .Values "my-key" }}`),
    ],
    references: [ref('Helm: Template functions and pipelines', 'https://helm.sh/docs/chart_template_guide/functions_and_pipelines/'), HELM_DEBUG],
    samples: [
      'Error: INSTALLATION FAILED: parse error at (camel-k/templates/operator.yaml:87): "-en"',
      'Error: parse error at (mychart/templates/_helpers.tpl:12): unexpected "}" in operand',
      'Error: parse error in "mychart/templates/deployment.yaml": template: mychart/templates/deployment.yaml:40: unexpected EOF',
    ],
  },
  {
    id: 'k8s.helm-hook-failed',
    language: 'kubernetes',
    // A chart hook (a Job or Pod annotated helm.sh/hook) that failed; its timeout is k8s.helm-timed-out's.
    match:
      /(?:failed (?<hook>(?:pre|post)-(?:install|upgrade|rollback|delete)): |(?<hooks>(?:pre|post)-(?:install|upgrade|rollback|delete)) hooks failed: )(?![^\n]{0,200}timed out waiting for the condition)(?<detail>[^\n]{1,300})/,
    requires: /(?:pre|post)-(?:install|upgrade|rollback|delete)/,
    errorType: (c) => (/BackoffLimitExceeded/.test(c.detail) ? 'BackoffLimitExceeded' : c.hook ? `failed ${c.hook}` : `${c.hooks} hooks failed`),
    category: 'runtime',
    priority: 38,
    summary: (c) => `Helm's ${c.hook ?? c.hooks} hook failed, so the release is marked failed: ${c.detail}`,
    explanation: (c) => {
      const d = c.detail;
      const pod = /pod ([\w.-]{1,253}) failed/.exec(d)?.[1];
      if (/BackoffLimitExceeded|job failed/.test(d)) return `The chart runs a Job as its ${c.hook ?? c.hooks} hook (a database migration, a setup or test step) and the Job's pod kept failing until its backoffLimit was reached. Helm stops there and marks the release failed; the reason is in the Job pod's logs, which Helm does not show.`;
      if (pod) return `The chart's ${c.hook ?? c.hooks} hook is the pod ${pod}, and it exited with an error. Helm stops there and marks the release failed; the pod's logs say why.`;
      if (/already exists/.test(d)) return 'The hook resource from an earlier run is still there (hooks are not part of the release, so Helm does not delete them unless the hook-delete-policy says so), and creating it again fails.';
      return `A resource the chart runs as a ${c.hook ?? c.hooks} hook failed; Helm reports the first error and marks the release failed.`;
    },
    causes: ['A hook Job (migration, setup) whose container fails: configuration, a database it cannot reach, a missing secret', 'A hook resource left from an earlier run (no helm.sh/hook-delete-policy)', 'A hook image that cannot be pulled'],
    fixes: (c) => [
      fix('Read the hook pod\'s logs and events', ['Hook pods keep their logs until they are deleted; list the Jobs and pods of the release and read the failed one.'], `kubectl get jobs,pods -n <namespace> -l app.kubernetes.io/instance=<release>\nkubectl logs -n <namespace> job/<hook-job>\nkubectl describe job -n <namespace> <hook-job>${/already exists/.test(c.detail) ? '\nkubectl delete job -n <namespace> <hook-job>   # the leftover from the previous run' : ''}`),
      fix('Let Helm clean up the hook before the next run', ['Give the hook a delete policy, then retry the install or upgrade.'], 'metadata:\n  annotations:\n    "helm.sh/hook-delete-policy": before-hook-creation,hook-succeeded'),
    ],
    references: [HELM_HOOKS],
    samples: [
      'Error: INSTALLATION FAILED: failed post-install: pod setup-collection-sharding-hook failed',
      'Error: INSTALLATION FAILED: failed pre-install: job failed: BackoffLimitExceeded',
      'Error: UPGRADE FAILED: pre-upgrade hooks failed: warning: Hook pre-upgrade mychart/templates/migrate-job.yaml failed: jobs.batch "migrate" already exists',
    ],
  },
  {
    id: 'k8s.helm-values-schema',
    language: 'kubernetes',
    match: /values don't meet the specifications of the schema\(s\) in the following chart\(s\):\s{0,4}(?<chart>[\w.-]{1,100}):?(?:\s{0,8}- (?<violation>[^\n]{1,200}))?/,
    requires: /values don't meet the specifications of the schema/,
    errorType: "values don't meet the specifications of the schema",
    category: 'configuration',
    priority: 38,
    summary: (c) => `The values given to the chart ${c.chart} break its values.schema.json${c.violation ? `: ${c.violation}` : ''}.`,
    explanation: (c) =>
      `The chart ships a JSON schema for its values, and Helm validates the merged values (defaults, -f files, --set) against it before rendering anything. ${c.violation ? `The first violation: ${c.violation}.` : 'Each line after the chart name is one violation.'} A common cause is --set turning a number or boolean into a string (use --set-string only for strings, or quote in a values file), or a key the schema does not allow (additionalProperties: false).`,
    causes: ['A value of the wrong type (a string where the schema wants an integer or boolean)', 'A key the schema does not know, or a required key missing', 'Values written for another version of the chart'],
    fixes: (c) => [
      fix(`Fix the values the schema of ${c.chart} refuses`, ['Read the schema for the key, and check the merged values Helm computes.'], `helm show values <chart> > defaults.yaml\nhelm pull <chart> --untar && cat ${c.chart}/values.schema.json\nhelm template <release> <chart> -f values.yaml >/dev/null   # validates without installing`),
    ],
    references: [ref('Helm: Charts (schema files)', 'https://helm.sh/docs/topics/charts/#schema-files')],
    samples: ['Error: INSTALLATION FAILED: values don\'t meet the specifications of the schema(s) in the following chart(s):\nmychart:\n- replicaCount: Invalid type. Expected: integer, given: string'],
  },
  {
    id: 'k8s.helm-yaml-parse',
    language: 'kubernetes',
    // Helm's "YAML parse error on file:" without the line k8s.yaml-parse-error reads, and a bare yaml error after
    // INSTALLATION/UPGRADE FAILED (a values file or a rendered manifest).
    match:
      /YAML parse error on (?<file>[^:\s]{1,300}): (?<detail>[^\n]{1,300})|Error: (?:INSTALLATION|UPGRADE) FAILED: yaml: line (?<line>\d{1,6}): (?<yamlDetail>[^\n]{1,200})/,
    requires: /YAML parse error on|FAILED: yaml: line/,
    errorType: (c) => (c.yamlDetail ?? (/error converting YAML to JSON/.test(c.detail ?? '') ? 'error converting YAML to JSON' : 'YAML parse error')),
    category: 'syntax',
    // Below k8s.yaml-parse-error, whose answer it is when the message has a line.
    priority: 39,
    summary: (c) => (c.file ? `The template ${c.file} renders to YAML that does not parse: ${c.detail}` : `Helm could not parse YAML (line ${c.line}): ${c.yamlDetail}`),
    explanation: (c) =>
      c.file
        ? /invalid map key/.test(c.detail ?? '')
          ? 'A {{ … }} expression was left where YAML expects a plain key or value and was read as a map: typically {{ .Values.x }} written inside a flow mapping or as a key without quotes, or a template line whose braces were not closed. Helm checks each rendered file as YAML before sending it.'
          : 'The rendered output of the template is not valid YAML: usually indentation produced by toYaml, include or nindent that does not match the surrounding lines, or a value containing ": " or "#" that needs quoting. Helm checks each rendered file as YAML before sending it.'
        : `A YAML document Helm read is malformed at line ${c.line}: a values file (-f) with wrong indentation or an unquoted special character, or a rendered manifest. Helm does not name the file here; helm lint and helm template --debug show which one.`,
    causes: ['Indentation from toYaml/include that does not match (nindent with the wrong number)', 'A value with ": ", "#" or a leading "*" or "&" that needs quoting', 'A values file with tabs or misaligned keys'],
    fixes: (c) => [
      fix(c.file ? `Render ${c.file} and read the broken line` : 'Find the file with the broken YAML', ['--debug prints the rendered output even when it does not parse; check the indentation of what include/toYaml produce.'], `helm template <release> <chart> --debug${c.file ? ` --show-only ${c.file.replace(/^[^/]{1,200}\//, '')}` : ''}\nhelm lint <chart-dir> -f values.yaml\nyamllint values.yaml`),
    ],
    references: [HELM_DEBUG, ref('Helm: YAML techniques', 'https://helm.sh/docs/chart_template_guide/yaml_techniques/')],
    samples: [
      'Error: YAML parse error on clickvisual/templates/service.yaml: error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{".Values.service.port":interface {}(nil)}',
      "Error: UPGRADE FAILED: yaml: line 8: could not find expected ':'",
    ],
  },
  {
    id: 'k8s.helm-chart-metadata',
    language: 'kubernetes',
    match: /validation: chart\.metadata\.(?<field>name|version|apiVersion) is required|Error: (?<noRepos>no repositories (?:to show|configured))/,
    requires: /chart\.metadata\.|no repositories/,
    errorType: (c) => (c.field ? `chart.metadata.${c.field} is required` : c.noRepos),
    category: 'configuration',
    priority: 35,
    summary: (c) => (c.field ? `Helm refuses the chart: its Chart.yaml has no ${c.field}.` : 'Helm has no chart repository configured.'),
    explanation: (c) =>
      c.field
        ? `Helm reads Chart.yaml for the chart's name, version and apiVersion (v2 for Helm 3). Here ${c.field} is missing or empty: a Chart.yaml with a typo in the key (Name: instead of name:), a file saved with the wrong indentation, or the command pointed at a directory that is not the chart's root.`
        : 'helm repo list (and search repo) read the repositories you added with helm repo add; there are none for this user and HELM_REPOSITORY_CONFIG (a fresh machine, CI, sudo, another HOME).',
    causes: (c) => (c.field ? ['A Chart.yaml key misspelt or mis-indented', 'The command pointed at a directory other than the chart root'] : ['No helm repo add on this machine or for this user']),
    fixes: (c) => [
      c.field
        ? fix(`Set ${c.field} in Chart.yaml`, [], 'apiVersion: v2\nname: mychart\nversion: 0.1.0\n# then: helm lint <chart-dir>')
        : fix('Add the repository first', [], 'helm repo add bitnami https://charts.bitnami.com/bitnami\nhelm repo update\nhelm search repo <chart>'),
    ],
    references: [ref('Helm: The Chart.yaml file', 'https://helm.sh/docs/topics/charts/#the-chartyaml-file'), ref('Helm: helm repo', 'https://helm.sh/docs/helm/helm_repo/')],
    samples: ['Error: validation: chart.metadata.name is required', 'Error: no repositories to show'],
  },
  // ---------------------------------------------------------------- clients that cannot reach the cluster
  {
    id: 'k8s.helm-cluster-unreachable',
    language: 'kubernetes',
    // Helm's reachability check (GET /version); a refused connection is k8s.connection-refused's.
    match: /Kubernetes cluster unreachable(?:: (?=(?:[^\n]{0,400}?(?<net>connection refused|actively refused|i\/o timeout|TLS handshake timeout|Client\.Timeout exceeded|context deadline exceeded|no such host|certificate signed by unknown authority|certificate has expired or is not yet valid|provide credentials|Unauthorized))?)(?<detail>[^\n]{1,300}))?/,
    requires: /Kubernetes cluster unreachable/,
    errorType: (c) => networkReason(c.net ?? '') ?? 'Kubernetes cluster unreachable',
    category: 'network',
    // Above Go's network patterns; below k8s.connection-refused.
    priority: 20,
    summary: (c) => `Helm cannot reach the Kubernetes API server${dialed(c.detail ?? '') ? ` at ${dialed(c.detail ?? '')}` : ''}${c.detail ? `: ${networkReason(c.net ?? '') ?? c.detail}` : ''}.`,
    explanation: (c) => {
      const d = `${c.detail ?? ''} ${c.net ?? ''}`;
      if (/localhost:8080|127\.0\.0\.1:8080|\[::1\]:8080/.test(d) || !c.detail) return 'Helm found no kubeconfig and fell back to localhost:8080, or the kubeconfig it reads is not the one kubectl uses: KUBECONFIG unset for this user (sudo, CI), or a k3s/MicroK8s cluster whose kubeconfig is in /etc/rancher/k3s/k3s.yaml or microk8s config.';
      if (/i\/o timeout|Client\.Timeout|context deadline/.test(d)) return 'The API server address in the kubeconfig does not answer from here: a private cluster endpoint reached from outside its network (VPN, bastion), a firewall or security group, a proxy not configured for Helm, or a cluster that was deleted or stopped.';
      if (/TLS handshake timeout/.test(d)) return 'A TCP connection opened but the TLS handshake did not finish: an overloaded or starting API server, a proxy or load balancer in the way, or an MTU problem on a VPN.';
      if (/no such host/.test(d)) return "The API server's host name in the kubeconfig does not resolve here: a private DNS name reached from outside the VPC or VPN, or a cluster that no longer exists.";
      if (/x509/.test(d)) return "The kubeconfig's certificate-authority does not match the API server's certificate (a kubeconfig from an older cluster, or a proxy intercepting TLS).";
      return 'Helm uses the same kubeconfig and context as kubectl; the cluster in that context did not answer its version request.';
    },
    causes: ['No kubeconfig for this user or shell (Helm falls back to localhost:8080)', 'A kubeconfig context pointing at a cluster that is stopped, deleted or not reachable from this network', 'A firewall, VPN or proxy between the machine and the API server'],
    fixes: (c) => [
      fix('Check which cluster Helm talks to, with kubectl', ['Helm reads KUBECONFIG (or ~/.kube/config) and the current context, like kubectl; make kubectl work first.'], `kubectl config current-context\nkubectl cluster-info\nexport KUBECONFIG=~/.kube/config   # k3s: /etc/rancher/k3s/k3s.yaml\nhelm list --kube-context <context>${dialed(c.detail ?? '') ? `\ncurl -k https://${dialed(c.detail ?? '')}/version` : ''}`),
    ],
    references: [CLUSTER_ACCESS, ref('Helm: Troubleshooting', 'https://helm.sh/docs/faq/troubleshooting/')],
    samples: [
      'Error: Kubernetes cluster unreachable: Get "https://something.ibm.com:25628/version?timeout=32s": dial tcp: i/o timeout',
      'Error: Kubernetes cluster unreachable: Get "https://172.17.0.3:8443/version?timeout=32s": net/http: TLS handshake timeout',
      'Error: Kubernetes cluster unreachable',
    ],
  },
  {
    id: 'k8s.component-apiserver-failure',
    language: 'kubernetes',
    // A cluster component's own log (client-go's reflector, leader election, a controller's request to the API):
    // the Kubernetes API named by its paths, and the network failure under it.
    match:
      /(?<what>Failed to watch \*[\w.]{1,80}|failed to list \*[\w.]{1,80}|error retrieving resource lock [\w./-]{1,200}|error initially creating leader election record|Failed to update lock|couldn't get resource list for [\w./-]{1,200})[^\n]{0,80}?: (?:(?:Get|Post|Put|Patch|Delete) \\?"(?<url>https?:\/\/[^"\s\\]{1,300}\/apis?\/[^"\s\\]{0,300})\\?": (?<detail>[^\n]{1,300})|(?<detail2>Unauthorized|the server has asked for the client to provide credentials)\b)/,
    requires: /Failed to watch|failed to list|resource lock|leader election record|Failed to update lock|couldn't get resource list/,
    errorType: (c) => networkReason(c.detail ?? c.detail2) ?? 'Unable to connect to the server',
    category: 'network',
    // Above Go's network patterns (a component's log names its Go files), and above CoreDNS's "waiting for
    // Kubernetes API" (30): this line says why it waits.
    priority: 31,
    summary: (c) =>
      c.detail2
        ? `The Kubernetes API server rejected a cluster component's credentials while it ${c.what.startsWith('error retrieving') ? 'read its leader election lock' : 'watched the API'}.`
        : `A cluster component cannot reach the Kubernetes API server at ${dialed(c.url) ?? 'its address'} (${networkReason(c.detail) ?? c.detail}).`,
    explanation: (c) => {
      const d = c.detail ?? c.detail2;
      const service = /^https?:\/\/10\.(?:96|43|0|100|152)\.0\.1(?::443)?\//.test(c.url ?? '');
      if (service)
        return "The component runs in a pod and reaches the API server through the cluster's kubernetes Service (its first ClusterIP). That address is virtual: kube-proxy (or the CNI plugin that replaces it) must translate it on the node. When it times out or is refused, kube-proxy's rules are missing on this node, the pod network is not working (CNI not ready, a firewall between nodes, the node's routes), or the API server itself is down.";
      if (/connection refused/.test(d)) return 'Nothing listens at the API server address the component was given: the API server is down or restarting (on a kubeadm control plane, its static pod crashed: etcd unreachable, a certificate expired), or the component points at the wrong address.';
      if (/i\/o timeout|deadline|Timeout/.test(d)) return 'The API server address does not answer from where the component runs: a firewall or security group between the node and the control plane, a load balancer without healthy backends, or a control plane that is overloaded.';
      if (/x509|certificate/.test(d)) return "The component does not trust the API server's certificate, or its own client certificate expired (kubeadm's certificates last a year unless renewed).";
      if (/Unauthorized/.test(d)) return "The API server rejected the component's credentials: an expired client certificate, or a service account token that is no longer valid.";
      return 'The component could not complete its request to the API server; the error after the URL says why.';
    },
    causes: [
      'The API server is down or restarting (etcd unreachable, an expired certificate, a crashing static pod)',
      "kube-proxy or the CNI plugin not working on this node, so the kubernetes Service's ClusterIP goes nowhere",
      'A firewall, security group or route between the node and the control plane',
    ],
    fixes: (c) => {
      return [
        fix(
          'Check the API server, then the path from this node to it',
          ['On a control-plane node, look at the API server container and its log', "From the component's node, test the address it dials", 'If the address is the kubernetes Service ClusterIP, check kube-proxy and the CNI pods on that node'],
          `kubectl get --raw='/readyz?verbose'\nsudo crictl ps -a | grep kube-apiserver\nsudo crictl logs $(sudo crictl ps -a --name kube-apiserver -q | head -1) 2>&1 | tail -50${c.url ? `\ncurl -k '${c.url}'` : ''}\nkubectl -n kube-system get pods -o wide | grep -E 'kube-proxy|calico|cilium|flannel'`,
        ),
      ];
    },
    references: [ref('Kubernetes: Troubleshooting clusters', `${K8S_DOCS}/tasks/debug/debug-cluster/`), ref('Kubernetes: Accessing the API from a pod', `${K8S_DOCS}/tasks/run-application/access-api-from-pod/`)],
    samples: [
      '[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.Namespace: failed to list *v1.Namespace: Get "https://10.96.0.1:443/api/v1/namespaces?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: i/o timeout',
      'E1203 10:00:05.000000       1 leaderelection.go:330] error retrieving resource lock kube-system/kube-controller-manager: Get "https://10.0.0.1:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": dial tcp 10.0.0.1:6443: connect: connection refused',
      'E0101 00:00:00.000000       1 reflector.go:138] k8s.io/client-go/informers/factory.go:134: Failed to watch *v1.Endpoints: failed to list *v1.Endpoints: Get "https://10.43.0.1:443/api/v1/endpoints?limit=500": net/http: TLS handshake timeout',
      'E0101 00:00:00.000000       1 reflector.go:138] k8s.io/client-go/informers/factory.go:134: Failed to watch *v1.Endpoints: failed to list *v1.Endpoints: Unauthorized',
    ],
  },
  {
    id: 'k8s.apiserver-authentication',
    language: 'kubernetes',
    // The API server's log when it refuses a client certificate or token.
    match: /Unable to authenticate the request(?: due to an error)?: (?:\[)?(?<detail>[^\n]{1,300})/,
    requires: /Unable to authenticate the request/,
    errorType: (c) => networkReason(c.detail) ?? (/x509/.test(c.detail) ? 'x509 certificate error' : 'Unauthorized'),
    category: 'permission',
    priority: 20,
    summary: (c) => `The API server refused a client's credentials: ${c.detail.replace(/\]$/, '').slice(0, 200)}`,
    explanation: (c) =>
      /expired or is not yet valid/.test(c.detail)
        ? "A client presented a certificate that has expired (or whose validity starts later than the server's clock): on kubeadm clusters the client certificates in admin.conf, the kubelet's and the control plane's own expire after a year unless renewed by an upgrade; a node clock far off gives the same error."
        : /unknown authority/.test(c.detail)
          ? "A client presented a certificate that the API server's client CA (--client-ca-file) did not sign: a kubeconfig or kubelet certificate from another cluster, or a CA that was rotated."
          : 'The API server could not authenticate a request with the credentials it carried (a token that is invalid or expired, a certificate it does not trust); such requests are answered 401 Unauthorized.',
    causes: ['Client certificates that expired (kubeadm certificates last one year)', 'A kubeconfig or kubelet certificate from another cluster or an old CA', 'A node clock far from the real time'],
    fixes: () => [
      fix('Check and renew the certificates', ['On a kubeadm control plane, check expiry and renew; then restart the control-plane static pods and refresh admin.conf for kubectl.'], 'kubeadm certs check-expiration\nsudo kubeadm certs renew all\nsudo cp /etc/kubernetes/admin.conf ~/.kube/config\n# kubelet client certificate:\nsudo openssl x509 -noout -dates -in /var/lib/kubelet/pki/kubelet-client-current.pem\ntimedatectl   # the clock'),
    ],
    references: [ref('Kubernetes: Certificate management with kubeadm', `${K8S_DOCS}/tasks/administer-cluster/kubeadm/kubeadm-certs/`)],
    samples: ['E0809 16:13:15.327109       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate has expired or is not yet valid'],
  },
  // ---------------------------------------------------------------- kubectl's port-forward, exec, logs and files
  {
    id: 'k8s.port-forward',
    language: 'kubernetes',
    // kubectl port-forward's own errors; socat missing and the upgrade refused are k8s.kubectl-streams'.
    match:
      /an error occurred forwarding (?<local>\d{1,5}) -> (?<podPort>\d{1,5}): error forwarding port \d{1,5} to pod (?<pod>[\w-]{1,64}), uid ?: ?(?=(?:[^\n]{0,500}?(?<reason>connection refused|socat not found|Temporary failure in name resolution))?)(?<detail>[^\n]{0,400})|error creating (?<stream>error|forwarding) stream for port (?<local2>\d{1,5}) -> (?<podPort2>\d{1,5}): (?<detail2>[^\n]{1,200})|Unable to listen on port (?<listen>\d{1,5}): (?<detail3>[^\n]{0,400})|unable to listen on any of the requested ports: (?<ports>[^\n]{1,100})/,
    requires: /forwarding|stream for port|listen on/,
    errorType: (c) => {
      const d = `${c.detail ?? ''}${c.detail2 ?? ''}${c.detail3 ?? ''}`;
      if (c.reason === 'connection refused') return 'connection refused';
      if (c.reason === 'socat not found') return 'socat not found';
      if (/address already in use|Only one usage of each socket address/.test(d) || c.ports) return 'address already in use';
      return c.stream ? `error creating ${c.stream} stream` : 'an error occurred forwarding';
    },
    category: 'network',
    // Below k8s.kubectl-streams.
    priority: 36,
    summary: (c) => {
      if (c.listen || c.ports) return `kubectl cannot listen on local port ${c.listen ?? c.ports}: another process already uses it.`;
      if (c.stream) return `kubectl's port-forward stream for ${c.local2} -> ${c.podPort2} timed out: ${c.detail2}`;
      return `kubectl forwarded a connection to port ${c.podPort} of the pod and it failed there: ${(c.detail ?? '').slice(0, 200)}`;
    },
    explanation: (c) => {
      if (c.listen || c.ports) return "kubectl port-forward binds the local port on 127.0.0.1 and ::1; another program (or an earlier port-forward still running) holds it. Use another local port (LOCAL:REMOTE), or let kubectl pick one with :REMOTE.";
      if (c.stream) return "Each forwarded connection opens streams over the kubectl ↔ API server ↔ kubelet connection; creating them timed out. It happens with idle or long-lived forwards through load balancers and proxies that cut the upgraded connection, and with a busy kubelet; restarting the forward fixes it for a while.";
      if (c.reason === 'connection refused') return `The forward reached the pod, but nothing listens on port ${c.podPort} inside it: the application listens on another port, only on an address other than localhost, or has not started (or keeps restarting). Port-forward connects to localhost inside the pod's network namespace.`;
      if (c.reason === 'Temporary failure in name resolution') return "The node's socat could not resolve \"localhost\" (old kubelets forward with socat on the node): the node's /etc/hosts lacks a localhost entry.";
      return `The kubelet could not open the connection inside the pod: ${c.detail ?? ''}.`;
    },
    causes: ['Nothing listening on that port inside the pod (wrong port, app bound elsewhere, app not running)', 'The local port already in use on your machine', 'An idle forward cut by a load balancer or proxy between you and the API server'],
    fixes: (c) => [
      c.stream
        ? fix('Restart the forward, and keep long sessions off it', ['Port-forward is a debugging tunnel: restart it when its streams time out, check the idle timeout of a load balancer in front of the API server, and use a recent kubectl (1.30+ tunnels over WebSockets). For lasting access, expose the port with a Service.'], `kubectl port-forward <pod> ${c.local2}:${c.podPort2}   # again\nkubectl version   # client 1.30 or later\nkubectl expose pod <pod> --port=${c.podPort2} --type=NodePort`)
        : c.listen || c.ports
        ? fix('Use a free local port', ['Find the process holding the port, or map another local port to the pod port.'], `lsof -i :${c.listen ?? '<port>'}   # Windows: netstat -ano | findstr :${c.listen ?? '<port>'}\nkubectl port-forward <pod> ${c.listen ? Number(c.listen) + 10000 : '18080'}:${c.listen ?? '<remote>'}\nkubectl port-forward <pod> :${c.listen ?? '<remote>'}   # kubectl picks a free port`)
        : fix(`Check what listens on port ${c.podPort ?? c.podPort2} in ${c.pod ?? 'the pod'}`, ['Compare the containerPort with what the application really opens; a Service port-forward goes to the targetPort.'], `kubectl get pod ${c.pod ?? '<pod>'} -o jsonpath='{.spec.containers[*].ports}'\nkubectl exec ${c.pod ?? '<pod>'} -- sh -c 'netstat -tlnp || ss -tlnp'\nkubectl logs ${c.pod ?? '<pod>'} --tail=50`),
    ],
    references: [ref('Kubernetes: Use port forwarding to access applications', `${K8S_DOCS}/tasks/access-application-cluster/port-forward-access-application-cluster/`)],
    samples: [
      'E1105 19:11:16.188662  401772 portforward.go:413] an error occurred forwarding 3320 -> 3320: error forwarding port 3320 to pod x, uid : failed to execute portforward in network namespace "/var/run/netns/x": failed to connect to localhost:3320 inside namespace "x", IPv4: dial tcp4 127.0.0.1:3320: connect: connection refused IPv6 dial tcp6: address localhost: no suitable address found',
      'E0617 13:06:27.613454  492930 portforward.go:340] error creating error stream for port 8787 -> 8787: Timeout occurred',
      'Unable to listen on port 8080: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:8080: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{8080 80}]',
    ],
  },
  {
    id: 'k8s.kubectl-exec-failed',
    language: 'kubernetes',
    // The runtime's refusal of a kubectl exec: kubectl ends with "command terminated with exit code", or the API
    // server wraps it as an internal error (containerd).
    match:
      /OCI runtime exec failed: (?=(?:[^\n]{0,600}?exec: \\?"(?<exe>[^"\\\n]{1,200})\\?": (?<exeReason>executable file not found in \$PATH|stat [^\n:]{1,200}: no such file or directory|permission denied|no such file or directory|exec format error))?)(?<detail>[^\n]{0,400})(?=[\s\S]{0,600}?command terminated with exit code (?<code>\d{1,3}))|error executing command in container: (?=(?:[^\n]{0,600}?exec: \\?"(?<exe2>[^"\\\n]{1,200})\\?": (?<exeReason2>executable file not found in \$PATH|stat [^\n:]{1,200}: no such file or directory|permission denied|no such file or directory|exec format error))?)(?<detail2>[^\n]{0,500})/,
    requires: /command terminated with exit code|error executing command in container/,
    errorType: (c) => (c.detail !== undefined || /OCI runtime exec failed/.test(c.detail2 ?? '') ? 'OCI runtime exec failed' : 'InternalError'),
    category: 'runtime',
    // Above the docker patterns, which answer the same runtime message from docker exec.
    priority: 46,
    summary: (c) => `kubectl exec could not start the command in the container: ${(c.detail ?? c.detail2 ?? '').slice(0, 200)}`,
    explanation: (c) =>
      commandProblem(c.exe ?? c.exe2, c.exeReason ?? c.exeReason2) ??
      `The container runtime on the node (runc under containerd or Docker) could not start the process in the running container${c.code ? `; kubectl reports exit code ${c.code} (126: the command could not be run)` : ''}. The message after it is the runtime's.`,
    causes: ['A command or shell that the image does not contain (bash in an alpine or distroless image)', 'A script without its execute bit, or with Windows line endings', 'The container stopping or restarting while you exec'],
    fixes: (c) => [
      fix('Run a command the image has, or attach a debug container', ['Try sh instead of bash; for images without any shell, kubectl debug adds an ephemeral container with tools that shares the pod\'s processes.'], `kubectl exec -it <pod> -- sh\nkubectl exec <pod> -- ls /bin /usr/bin\nkubectl debug -it <pod> --image=busybox:1.36 --target=${containerOf(c)}`),
    ],
    references: [ref('Kubernetes: Get a shell to a running container', `${K8S_DOCS}/tasks/debug/debug-application/get-shell-running-container/`), ref('Kubernetes: Debug running pods (ephemeral containers)', `${K8S_DOCS}/tasks/debug/debug-application/debug-running-pod/#ephemeral-container`)],
    samples: [
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "redis-commander": executable file not found in $PATH: unknown\ncommand terminated with exit code 126',
      'error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "fc7ef1a745ffd71b0d28376f80ab706bf896fb8e13c501e66a2889286eda97f9": OCI runtime exec failed: exec failed: unable to start container process: exec: "ps": executable file not found in $PATH: unknown',
    ],
  },
  {
    id: 'k8s.container-logs-unavailable',
    language: 'kubernetes',
    match: /unable to retrieve container logs for (?<runtime>containerd|docker|cri-o):\/\/(?<id>[0-9a-f]{12,64})/,
    requires: /unable to retrieve container logs/,
    errorType: 'unable to retrieve container logs',
    category: 'runtime',
    priority: 35,
    summary: (c) => `The kubelet has no logs for the container ${c.id.slice(0, 12)} (${c.runtime}).`,
    explanation: () =>
      "kubectl logs asks the kubelet, which reads the container's log file on the node. The container behind that ID is gone: the kubelet garbage-collected it (init containers and earlier runs of a container are removed once the pod has moved on), the pod was evicted or its node replaced, or the runtime was reset. Logs do not outlive their container on the node; only a log collector keeps them.",
    causes: ['An init container or earlier run that the kubelet already removed', 'A pod evicted or moved, or its node replaced', 'The container runtime restarted or its state wiped'],
    fixes: () => [
      fix('Read the logs that still exist, and keep them next time', ['--previous gives the last terminated run of a container while it is still recorded; events often hold the reason; a cluster log collector (Fluent Bit, Loki, Cloud Logging) keeps logs after containers go.'], 'kubectl logs <pod> -c <container> --previous\nkubectl get events --field-selector involvedObject.name=<pod> --sort-by=.lastTimestamp\nkubectl get pod <pod> -o jsonpath=\'{.status.containerStatuses[*].lastState}\''),
    ],
    references: [ref('Kubernetes: Logging architecture', `${K8S_DOCS}/concepts/cluster-administration/logging/`)],
    samples: ['$ kubectl logs mypod -c myinitcontainer\nunable to retrieve container logs for containerd://61a93aa17bfb193bc125b151ec643c85a9edbcd6fd993f5f1164f2015f6361a3'],
  },
  {
    id: 'k8s.kubectl-read-url',
    language: 'kubernetes',
    match: /unable to read URL "(?<url>[^"\n]{1,500})", server reported (?<status>\d{3}[^,\n]{0,40}), status code=(?<code>\d{3})/,
    requires: /unable to read URL/,
    errorType: 'unable to read URL',
    category: 'network',
    priority: 35,
    summary: (c) => `kubectl could not download ${c.url}: the server answered ${c.status}.`,
    explanation: (c) =>
      `kubectl apply/create -f accepts a URL and downloads it first; the server answered ${c.code}. ${/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\//.test(c.url) ? 'This is a github.com page URL (blob/tree), not the file itself: use the raw.githubusercontent.com address.' : c.code === '404' ? 'The path, branch or release tag in the URL does not exist (a file moved or renamed in a newer release is the usual reason).' : 'A private repository or an expired link needs credentials kubectl does not send.'}`,
    causes: ['A file moved or renamed in the project (an old tutorial\'s link)', 'A GitHub page URL instead of the raw file', 'A private URL that needs authentication'],
    fixes: (c) => [
      fix('Use the raw file\'s address', ['Open the URL in a browser, find the file in the release you want, and apply its raw address (or download it and apply the local file).'], `curl -fsSLO ${c.url.replace(/^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\//, 'https://raw.githubusercontent.com/$1/$2/')}\nkubectl apply -f ./$(basename ${c.url})`),
    ],
    references: [ref('kubectl apply', `${K8S_DOCS}/reference/kubectl/generated/kubectl_apply/`)],
    samples: ['error: unable to read URL "https://github.com/org/repo/blob/main/deploy.yaml", server reported 404 Not Found, status code=404'],
  },
  {
    id: 'k8s.manifest-kind-not-set',
    language: 'kubernetes',
    // kubectl's client-side validation of a document that is no Kubernetes object at all.
    match: /error validating "(?<file>[^"\n]{0,300})": error validating data: \[?(?<fields>(?:apiVersion|kind) not set(?:, (?:apiVersion|kind) not set)?)/,
    requires: /not set/,
    errorType: (c) => (/apiVersion/.test(c.fields) ? 'apiVersion not set' : 'kind not set'),
    category: 'configuration',
    priority: 36,
    summary: (c) => `kubectl found a document in ${c.file || 'the input'} without ${c.fields.replace(/ not set/g, '').replace(', ', ' and ')}.`,
    explanation: (c) =>
      `Every Kubernetes object needs apiVersion and kind at the top level. A document in ${c.file || 'the input'} has ${/, /.test(c.fields) ? 'neither apiVersion nor kind' : `no ${c.fields.replace(' not set', '')}`}: a file that is not a manifest (a Helm values file, a kustomization.yaml, a docker-compose file), an empty or comment-only document between two --- lines, or the whole object indented under another key so that apiVersion is not at the top.`,
    causes: ['A non-manifest YAML file in the directory given to -f', 'An empty document between --- separators', 'Indentation that moves apiVersion/kind under another key', 'A misspelt key (Kind:, apiversion:)'],
    fixes: (c) => [
      fix(`Find the document in ${c.file || 'the input'} without apiVersion/kind`, ['Apply one file at a time; remove non-manifests from the directory (or use -k for a kustomization).'], `grep -n -E '^(apiVersion|kind):|^---' ${c.file || '<file>'}\nkubectl apply --dry-run=client -f ${c.file || '<file>'}`),
    ],
    references: [ref('Kubernetes: Objects in Kubernetes (required fields)', `${K8S_DOCS}/concepts/overview/working-with-objects/#required-fields`)],
    samples: ['error: error validating "deploy.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false'],
  },
  {
    id: 'k8s.resource-name-empty',
    language: 'kubernetes',
    match: /resource name may not be empty/,
    errorType: 'resource name may not be empty',
    category: 'configuration',
    // Below k8s.helm-resource-exists (Helm's "could not get information about the resource").
    priority: 30,
    summary: 'The object (or the command) has no name: metadata.name is missing or a name argument expanded to nothing.',
    explanation:
      'kubectl apply looks the object up by name before patching it. An object that uses metadata.generateName (TaskRuns, PipelineRuns, Jobs created per run) has no name until the API server creates it, so it can only be created with kubectl create. The same message comes from kubectl get/delete with a name variable that is empty, and from a template that renders metadata.name as "".',
    causes: ['kubectl apply on an object with generateName instead of name', 'A shell variable for the name that is empty', 'A template or Helm value that renders an empty metadata.name'],
    fixes: () => [
      fix('Create generateName objects with kubectl create, and check the name', [], 'kubectl create -f taskrun.yaml   # generateName needs create, not apply\ngrep -n -E "^\\s*(name|generateName):" <manifest>.yaml\necho "pod=[$POD]"   # an empty variable gives the same error'),
    ],
    references: [ref('Kubernetes: Object names and IDs', `${K8S_DOCS}/concepts/overview/working-with-objects/names/`)],
    samples: ['error: error when retrieving current configuration of:\nResource: "tekton.dev/v1alpha1, Resource=taskruns", GroupVersionKind: "tekton.dev/v1alpha1, Kind=TaskRun"\nName: "", Namespace: "default"\nfrom server for: "STDIN": resource name may not be empty'],
  },
  // ---------------------------------------------------------------- the kubelet and its events
  {
    id: 'k8s.runtime-start-failed-event',
    language: 'kubernetes',
    // The kubelet's Failed event when the runtime cannot start a container (containerd's task, dockershim's start).
    match: /Failed\s[^\n]{0,160}?Error: (?<what>failed to create containerd task|failed to start container "(?<container>[^"\n]{1,253})")(?=(?:[^\n]{0,600}?exec: \\?"(?<exe>[^"\\\n]{1,200})\\?": (?<exeReason>executable file not found in \$PATH|stat [^\n:]{1,200}: no such file or directory|permission denied|no such file or directory|exec format error))?)(?<detail>[^\n]{0,500})/,
    requires: /failed to create containerd task|failed to start container "/,
    errorType: (c) => /OCI runtime (create|start) failed/.exec(c.detail)?.[0] ?? 'RunContainerError',
    category: 'runtime',
    priority: 38,
    summary: (c) => `The kubelet could not start the container${c.container ? ` ${c.container}` : ''}: the runtime refused it${commandProblem(c.exe, c.exeReason) ? '' : ` (${c.detail.replace(/^: /, '').slice(0, 160)})`}.`,
    explanation: (c) =>
      `${commandProblem(c.exe, c.exeReason) ?? `The container runtime (${c.container ? 'Docker' : 'containerd'} and runc) failed to start the container's process: ${c.detail.replace(/^: /, '').slice(0, 240)}.`} The pod shows RunContainerError (or StartError in its last state) and the kubelet retries with a back-off, which ends as CrashLoopBackOff.`,
    causes: ['A command or entrypoint that is missing, not executable, or for another CPU architecture', 'A script with Windows line endings or a missing interpreter', 'A mount, device or security setting the runtime cannot apply'],
    fixes: (c) => [
      fix(`Check the command of ${c.container ?? 'the container'} against the image`, ['Run the image locally with the same command; make scripts executable in the Dockerfile; build for the node\'s architecture.'], `kubectl get pod <pod> -o jsonpath='{.spec.containers[*].command} {.spec.containers[*].args}'\ndocker run --rm --entrypoint sh <image> -c 'ls -l <command-path>; uname -m'\n# Dockerfile:  RUN chmod +x /app/start.sh\ndocker buildx build --platform linux/amd64,linux/arm64 -t <image> .`),
    ],
    references: [DEBUG_PODS, ref('Kubernetes: Define a command and arguments for a container', `${K8S_DOCS}/tasks/inject-data-application/define-command-argument-container/`)],
    samples: ['  Warning  Failed     5s (x3 over 20s)  kubelet  Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": permission denied: unknown'],
  },
  {
    id: 'k8s.event-reason-third',
    language: 'kubernetes',
    // Event rows with reasons the other patterns do not answer, and SandboxChanged's message alone.
    match:
      /(?:^|\s)(?:Warning|Normal)\s{1,40}(?<reason>SandboxChanged|ProbeError|MissSchedule|FailedNeedsStart|FailedToUpdateEndpointSlices|TopologyAffinityError|CreatingLoadBalancerFailed|OwnerRefInvalidNamespace|CgroupV1)\s(?<row>[^\n]{0,400})|(?<sandbox>Pod sandbox changed, it will be killed and re-created)/,
    requires: /Warning|Normal|Pod sandbox changed/,
    errorType: (c) => c.reason ?? 'SandboxChanged',
    category: 'runtime',
    // Below the specific patterns (a FailedCreatePodSandBox row pasted with SandboxChanged rows is theirs).
    priority: 33,
    summary: (c) => `Kubernetes recorded a ${c.reason ?? 'SandboxChanged'} event${c.row ? `: ${c.row.trim().slice(0, 200)}` : '.'}`,
    explanation: (c) => EVENT_THIRD[c.reason ?? 'SandboxChanged'],
    causes: (c) =>
      (c.reason ?? 'SandboxChanged') === 'SandboxChanged'
        ? ['A CNI plugin failing or restarting on the node', 'The container runtime restarted', 'The pause container killed (memory pressure, a node agent)']
        : ['What the event reason names (the message after it says which object and why)'],
    fixes: (c) => [
      fix(`Read the ${c.reason ?? 'SandboxChanged'} events with the rows around them`, ['The rows before it usually name the cause (FailedCreatePodSandBox, Unhealthy, a controller error); the From column says which component wrote it.'], `kubectl get events -A --field-selector reason=${c.reason ?? 'SandboxChanged'} --sort-by=.lastTimestamp | tail -20${(c.reason ?? 'SandboxChanged') === 'SandboxChanged' ? '\nkubectl get pods -n kube-system -o wide | grep -i -E "calico|flannel|cilium|weave|canal"\n# on the node:\njournalctl -u kubelet -u containerd --since "30 min ago" | grep -i sandbox' : ''}`),
    ],
    references: [ref('Kubernetes: Debug running pods and nodes', `${K8S_DOCS}/tasks/debug/debug-cluster/`), ref('Kubernetes: CronJob limitations', `${K8S_DOCS}/concepts/workloads/controllers/cron-jobs/#cron-job-limitations`)],
    samples: [
      '  Normal   SandboxChanged  3m (x12 over 20m)  kubelet  Pod sandbox changed, it will be killed and re-created.',
      '  Warning  MissSchedule  1m  cronjob-controller  Missed scheduled time to start a job: 2023-01-01 00:00:00 +0000 UTC',
    ],
  },
  {
    id: 'k8s.kubelet-node-not-found',
    language: 'kubernetes',
    // The kubelet waiting for its own Node object, as journalctl shows it while kubeadm init or join fails.
    match: /"Error getting node" err="node \\?"(?<node>[^"\\\n]{1,253})\\?" not found"|Error getting node "?(?<node2>[\w.-]{1,253})"? not found/,
    requires: /Error getting node/,
    errorType: 'Error getting node',
    category: 'configuration',
    priority: 30,
    summary: (c) => `The kubelet cannot find its Node object ${c.node ?? c.node2} in the API server.`,
    explanation: (c) =>
      `The kubelet registers the node ${c.node ?? c.node2} and then reads it back; "not found" means the registration has not happened. Alone it is harmless for a few seconds at start-up; repeated for minutes (kubeadm init waiting on "[kubelet-check]" or the control plane), the API server is not up (its static pod failing: look at the container runtime), the kubelet registers under another name than the one asked for (hostname, --hostname-override, the cloud provider's name), or registration is refused (its "Unable to register node" lines say why).`,
    causes: ['The API server not running yet (a control-plane static pod failing)', 'A node name that differs from the hostname kubeadm or the cloud expects', 'Registration refused: certificates, RBAC, an unreachable API server address'],
    fixes: (c) => [
      fix('Look at the control plane and the registration lines around it', [], `sudo crictl ps -a | grep -E 'kube-apiserver|etcd'\nsudo crictl logs <kube-apiserver-container-id> | tail -30\njournalctl -u kubelet --no-pager | grep -E 'Unable to register node|Attempting to register' | tail\nhostname; grep -i name /var/lib/kubelet/kubeadm-flags.env   # expected: ${c.node ?? c.node2}`),
    ],
    references: [ref('Kubernetes: Troubleshooting kubeadm', `${K8S_DOCS}/setup/production-environment/tools/kubeadm/troubleshooting-kubeadm/`)],
    samples: ['Jun 01 10:00:00 master-1 kubelet[1234]: E0601 10:00:00.000000    1234 kubelet.go:2448] "Error getting node" err="node \\"master-1\\" not found"'],
  },
  {
    id: 'k8s.node-status-unknown',
    language: 'kubernetes',
    // The node lifecycle controller's condition when a node's heartbeats stop (kubectl describe node, the API).
    match: /(?<reason>NodeStatusUnknown)\b[^\n]{0,60}?Kubelet stopped posting node status|Kubelet stopped posting node status/,
    requires: /Kubelet stopped posting node status/,
    errorType: 'NodeStatusUnknown',
    category: 'runtime',
    priority: 33,
    summary: 'The node controller has heard nothing from this node\'s kubelet, so its conditions are Unknown and the node is NotReady.',
    explanation:
      "Each kubelet renews its node Lease and status every few seconds; after the node-monitor grace period (40 s by default, 50 s from 1.32) without them, the node lifecycle controller sets every condition to Unknown (NodeStatusUnknown) and taints the node node.kubernetes.io/unreachable; pods on it are evicted after their toleration (300 s by default). The kubelet stopped (crashed, out of memory, its certificate expired), the node is down or overloaded, or the network between the node and the API server is broken.",
    causes: ['The kubelet stopped or hung (crash, OOM, an expired client certificate)', 'The node down, frozen or out of resources', 'The network between the node and the API server (firewall, load balancer in front of the API server)'],
    fixes: () => [
      fix('Look at the kubelet on the node itself', ['If you cannot log in, the machine is down or frozen: check it in the cloud console and reboot or replace it.'], 'kubectl describe node <node> | sed -n "/Conditions/,/Addresses/p"\n# on the node:\nsystemctl status kubelet\njournalctl -u kubelet --since "30 min ago" | tail -50\nsudo openssl x509 -noout -enddate -in /var/lib/kubelet/pki/kubelet-client-current.pem'),
    ],
    references: [ref('Kubernetes: Nodes (node status and heartbeats)', `${K8S_DOCS}/concepts/architecture/nodes/#node-status`), ref('Kubernetes: Taint based evictions', `${K8S_DOCS}/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions`)],
    samples: ['  Ready                 Unknown   Sat, 15 Aug 2020 03:48:32 +0000   Sat, 15 Aug 2020 03:49:20 +0000   NodeStatusUnknown   Kubelet stopped posting node status.'],
  },
  {
    id: 'k8s.kube-proxy-iptables',
    language: 'kubernetes',
    match: /Failed to execute iptables-restore(?: for (?<table>\w{1,20}))?"?(?: err=<)?(?:: )?(?<detail>[^\n]{0,300})/,
    requires: /Failed to execute iptables-restore/,
    errorType: 'Failed to execute iptables-restore',
    category: 'network',
    priority: 35,
    summary: (c) => `kube-proxy could not load its ${c.table ? `${c.table} ` : ''}iptables rules, so Service traffic on this node may not be routed.`,
    explanation:
      "kube-proxy writes every Service's rules with iptables-restore, and the node's iptables refused them. Common reasons: the kube-proxy image's iptables uses another backend (nf_tables or legacy) than the rules already on the host, so chains it expects are missing or duplicated; a kernel module or match it needs is not available (conntrack, xt_comment, ip6tables, or an option such as --xor-mark older iptables do not know); or another agent (firewalld, a CNI, Docker) rewrote the tables at the same moment. The error line number points into the rules kube-proxy generated, not into a file of yours.",
    causes: ['iptables backend mismatch between the host (legacy/nft) and kube-proxy', 'Missing kernel modules or an iptables too old for an option kube-proxy uses', 'Another program changing the tables at the same time'],
    fixes: () => [
      fix('Compare the host\'s iptables with kube-proxy\'s and read the full error', [], 'kubectl -n kube-system logs -l k8s-app=kube-proxy --tail=50\n# on the node:\niptables --version; update-alternatives --display iptables\nlsmod | grep -E "nf_conntrack|xt_comment|ip_tables|nf_tables"\nsystemctl is-active firewalld'),
    ],
    references: [ref('Kubernetes: Virtual IPs and Service proxies', `${K8S_DOCS}/reference/networking/virtual-ips/`)],
    samples: ['E0523 18:32:14.075223       1 proxier.go:792] Failed to execute iptables-restore for nat: exit status 1 (iptables-restore: line 7 failed)'],
  },
  {
    id: 'k8s.k3s-agent-proxy',
    language: 'kubernetes',
    // A k3s or RKE2 agent's tunnel to its server (the supervisor port: 6443 for k3s, 9345 for RKE2).
    match: /(?<what>Failed to connect to proxy|Remotedialer proxy error)[^\n]{0,120}?error="(?=(?:[^"\n]{0,300}?(?<net>connection refused|i\/o timeout|no route to host|no such host|certificate signed by unknown authority|401 Unauthorized))?)(?<detail>[^"\n]{1,300})"/,
    requires: /Failed to connect to proxy|Remotedialer proxy error/,
    errorType: (c) => (c.net === '401 Unauthorized' ? 'Unauthorized' : c.net ? (networkReason(c.net) ?? c.net) : c.what),
    category: 'network',
    priority: 20,
    summary: (c) => `The k3s/RKE2 agent cannot open its tunnel to the server${dialed(c.detail) ? ` at ${dialed(c.detail)}` : ''}: ${c.net ?? c.detail}.`,
    explanation: (c) =>
      `An agent joins by dialling the server's supervisor port (6443 on k3s, 9345 on RKE2) with K3S_URL/server and the join token, then keeps a websocket tunnel there. ${c.net === 'connection refused' ? 'Nothing accepts the connection at that address: the server is down or not listening on that port yet, the URL names the wrong host or port, or a host firewall rejects it.' : c.net === 'i/o timeout' || c.net === 'no route to host' ? 'The address does not answer: a firewall or security group between the nodes, or a private address not reachable from the agent.' : 'The server refused or could not be reached; the error says how.'}`,
    causes: ['The server not running, or not listening on the supervisor port yet', 'A wrong server URL or port in the agent configuration', 'A firewall or security group blocking 6443/9345 between the nodes', 'A join token that does not match the server'],
    fixes: (c) => [
      fix('Check the server URL and reach it from the agent', [], `# on the agent:\ncat /etc/rancher/k3s/config.yaml /etc/systemd/system/k3s-agent.service.env 2>/dev/null   # rke2: /etc/rancher/rke2/config.yaml\ncurl -vk https://${dialed(c.detail) ?? '<server>:6443'}/ping\n# on the server:\nsudo ss -tlnp | grep -E ':6443|:9345'`),
    ],
    references: [ref('K3s: Networking requirements (inbound rules for server nodes)', 'https://docs.k3s.io/installation/requirements#networking'), ref('RKE2: Networking requirements', 'https://docs.rke2.io/install/requirements#networking')],
    samples: ['level=error msg="Failed to connect to proxy. Empty dialer response" error="dial tcp node.22:9345: connect: connection refused"'],
  },
  // ---------------------------------------------------------------- CNI plugins and CoreDNS
  {
    id: 'k8s.calico-not-ready',
    language: 'kubernetes',
    // calico-node's readiness check, without the probe row (that is Unhealthy / Readiness probe failed).
    match: /calico\/node is not ready: (?<component>BIRD6?|felix|Felix) is not ready: (?<detail>[^\n]{0,300})/,
    requires: /calico\/node is not ready/,
    errorType: (c) => `${c.component} is not ready`,
    category: 'network',
    // Below k8s.readiness-probe-failed.
    priority: 30,
    summary: (c) => `calico-node is not ready: its ${/BIRD/.test(c.component) ? 'BGP daemon (BIRD)' : 'policy agent (Felix)'} is not ready: ${c.detail.slice(0, 160)}`,
    explanation: (c) => {
      const d = c.detail;
      if (/BGP not established/.test(d)) return `BIRD runs but has no BGP session with the peers listed (${(/BGP not established with ([^\n]{1,120})/.exec(d)?.[1] ?? '').trim()}): TCP port 179 between the nodes is blocked (firewall, security group), or calico picked the wrong interface/IP for this node (IP autodetection on a multi-NIC host, a Docker or VPN interface), so the peers do not recognise it.`;
      if (/BIRDv[46] socket|bird\.ctl/.test(d)) return "calico-node cannot talk to BIRD's control socket: BIRD has not started yet (calico-node just started or keeps restarting), or it exited because its configuration failed (often the node's IP could not be autodetected). The calico-node container logs say which.";
      if (/felix/i.test(c.component)) return `Felix (calico-node's policy agent) does not answer its health endpoint (${d.slice(0, 120)}): it is still starting, crashing, or cannot reach the datastore (the API server or etcd).`;
      return 'One of calico-node\'s components failed its readiness check; the node\'s pods may have no network until it recovers.';
    },
    causes: ['BGP (TCP 179) or IP-in-IP/VXLAN traffic blocked between nodes', 'Calico autodetecting the wrong interface or IP on a host with several', 'calico-node crashing or unable to reach the API server'],
    fixes: () => [
      fix('Read calico-node\'s logs and pin the interface it uses', ['Set IP_AUTODETECTION_METHOD on the calico-node DaemonSet (or the Installation resource with the operator) to the interface or a reachable address; open TCP 179 (BGP) and IP protocol 4 (IP-in-IP) or UDP 4789 (VXLAN) between nodes.'], 'kubectl -n kube-system logs -l k8s-app=calico-node -c calico-node --tail=50   # calico-system with the operator\nkubectl -n kube-system set env daemonset/calico-node IP_AUTODETECTION_METHOD=interface=eth0\n# or: IP_AUTODETECTION_METHOD=can-reach=<another-node-ip>\ncalicoctl node status'),
    ],
    references: [ref('Calico: Troubleshooting and diagnostics', 'https://docs.tigera.io/calico/latest/operations/troubleshoot/troubleshooting'), ref('Calico: IP autodetection methods', 'https://docs.tigera.io/calico/latest/networking/ipam/ip-autodetection')],
    samples: [
      'calico/node is not ready: BIRD is not ready: Error querying BIRD: unable to connect to BIRDv4 socket: dial unix /var/run/bird/bird.ctl: connect: no such file or directory',
      'calico/node is not ready: BIRD is not ready: BGP not established with 10.0.0.12,10.0.0.13',
    ],
  },
  {
    id: 'k8s.cni-config-missing',
    language: 'kubernetes',
    // The kubelet's and the runtime's words for a node without a CNI configuration, and flannel's missing lease
    // file, where no event row or NetworkReady line carries them.
    match: /[Nn]o networks found in (?<dir>\/[\w./-]{1,200})|(?<uninit>cni plugin not initialized|cni config uninitialized)|open (?<flannel>\/run\/flannel\/subnet\.env): no such file or directory/,
    requires: /networks found in|cni plugin not initialized|cni config uninitialized|flannel\/subnet\.env/,
    errorType: (c) => (c.flannel ? 'no such file or directory' : 'NetworkPluginNotReady'),
    category: 'network',
    // Below k8s.network-not-ready, the sandbox event rows and containerd's sandbox line.
    priority: 30,
    summary: (c) => (c.flannel ? 'flannel has not written its subnet lease (/run/flannel/subnet.env) on this node, so pods cannot get a network.' : `The node has no CNI network configuration${c.dir ? ` in ${c.dir}` : ''}, so the kubelet cannot give pods a network.`),
    explanation: (c) =>
      c.flannel
        ? "flannel's CNI plugin reads /run/flannel/subnet.env, which the kube-flannel pod writes on each node once it has a subnet lease. The file is missing: kube-flannel is not running on this node (not installed yet, crashing, not scheduled there), or it cannot get a lease because the cluster's pod CIDR does not match flannel's Network (kubeadm init without --pod-network-cidr=10.244.0.0/16, or another CIDR in kube-flannel's net-conf.json). A leftover flannel config in /etc/cni/net.d after switching to another CNI gives the same error."
        : 'The kubelet (through containerd or CRI-O) looks for a network configuration in /etc/cni/net.d. It is empty: no CNI plugin (Calico, Flannel, Cilium, Weave…) has been installed since kubeadm init, or its DaemonSet pod has not started on this node yet. Until one writes its configuration there, the node stays NotReady and pods stay in ContainerCreating.',
    causes: (c) =>
      c.flannel
        ? ['kube-flannel not running on the node', "A pod CIDR that does not match flannel's Network (kubeadm init without --pod-network-cidr)", 'A flannel CNI config left in /etc/cni/net.d after moving to another plugin']
        : ['No CNI plugin installed after kubeadm init', "The CNI plugin's DaemonSet pod not running on this node", 'A containerd configured with another conf_dir than the plugin writes to'],
    fixes: (c) =>
      c.flannel
        ? [fix('Get kube-flannel running on the node with the matching pod CIDR', [], "kubectl get pods -n kube-flannel -o wide\nkubectl logs -n kube-flannel -l app=flannel --tail=30\nkubectl get nodes -o jsonpath='{.items[*].spec.podCIDR}'   # empty: kubeadm init lacked --pod-network-cidr\nls /etc/cni/net.d/")]
        : [fix('Install a CNI plugin and check it runs on the node', [], 'ls /etc/cni/net.d/\nkubectl get pods -A -o wide | grep -i -E "calico|flannel|cilium|weave"\n# e.g. flannel (pod CIDR 10.244.0.0/16):\nkubectl apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml')],
    references: [NETWORK_PLUGINS, ref('Kubernetes: Creating a cluster with kubeadm (installing a Pod network add-on)', `${K8S_DOCS}/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#pod-network`)],
    samples: ['cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d', 'network: open /run/flannel/subnet.env: no such file or directory'],
  },
  {
    id: 'k8s.coredns-upstream',
    language: 'kubernetes',
    // CoreDNS's errors plugin: a query it forwarded got no answer from the upstream server.
    match: /(?:\[ERROR\] )?plugin\/errors: \d{1,3} (?<query>\S{1,253}) (?<qtype>[A-Z]{1,10}): (?:read|dial) (?:udp|tcp) (?<from>[^\s>-]{1,60})(?:->(?<upstream>[^\s:]{1,60}):\d{1,5})?: (?<reason>i\/o timeout|connect: connection refused|connect: network is unreachable|connect: no route to host|[^\n]{1,100})/,
    requires: /plugin\/errors/,
    errorType: (c) => c.reason.replace(/^connect: /, ''),
    category: 'network',
    priority: 20,
    summary: (c) => `CoreDNS got no answer from ${c.upstream ? `the upstream DNS server ${c.upstream}` : 'its upstream'} for ${c.query} (${c.qtype}): ${c.reason}.`,
    explanation: (c) =>
      `${c.qtype === 'HINFO' ? 'The HINFO query for a random name is the loop plugin\'s start-up probe, sent to the upstream servers to detect a forwarding loop. ' : ''}CoreDNS forwards names outside the cluster domain to the servers in its Corefile (forward . /etc/resolv.conf: the node's resolvers), and ${c.upstream ?? 'the upstream'} did not answer in time. Either the upstream drops or ignores the query (a resolver that only serves certain zones or clients, ignores HINFO, or a corporate DNS reachable only from the host), or the packets never get there or back: pod-to-outside traffic blocked by a firewall or network policy, a CNI without masquerading, or a node resolv.conf pointing at 127.0.0.53 (systemd-resolved), which is the pod's own loopback inside CoreDNS.`,
    causes: ["The upstream resolver in the node's resolv.conf unreachable from pods", 'Egress from pods blocked (firewall, security group, NetworkPolicy, missing masquerade)', 'An upstream that ignores some query types or clients'],
    fixes: (c) => [
      fix(`Test ${c.upstream ?? 'the upstream'} from a pod, then forward CoreDNS to a resolver pods can reach`, ['If the node can resolve but pods cannot, it is egress from the pod network; otherwise point forward at a working resolver in the coredns ConfigMap.'], `kubectl run -it --rm dnstest --image=busybox:1.36 --restart=Never -- nslookup example.com ${c.upstream ?? '<upstream-ip>'}\nkubectl -n kube-system get configmap coredns -o yaml\nkubectl -n kube-system edit configmap coredns   # forward . 1.1.1.1 8.8.8.8   (or your resolver)\nkubectl -n kube-system rollout restart deployment coredns`),
    ],
    references: [DNS_DEBUG, ref('CoreDNS: forward plugin', 'https://coredns.io/plugins/forward/')],
    samples: [
      '[ERROR] plugin/errors: 2 3797952284163317497.7063757873447144811. HINFO: read udp 192.168.209.17:36807->20.128.8.8:53: i/o timeout',
      '[ERROR] plugin/errors: 2 svc-datadog-agent-dogstatsd.datadog-agent.toyota-europe.com. SRV: read udp 192.168.86.18:56917->150.45.86.241:53: i/o timeout',
    ],
  },
  {
    id: 'k8s.coredns-api-wait',
    language: 'kubernetes',
    // CoreDNS's kubernetes plugin when it cannot reach the API server through the kubernetes Service.
    match:
      /plugin\/kubernetes: (?<waiting>waiting for Kubernetes API before starting server)|plugin\/ready: Still waiting on: "(?<plugin>kubernetes)"/,
    requires: /plugin\/kubernetes|plugin\/ready/,
    errorType: 'waiting for Kubernetes API before starting server',
    category: 'network',
    priority: 30,
    summary: 'CoreDNS cannot reach the Kubernetes API server, so it does not become ready and the cluster has no DNS.',
    explanation: () =>
      "CoreDNS's kubernetes plugin lists Services and Endpoints from the API server through the kubernetes Service (10.96.0.1:443 by default) before it serves. It cannot get there: kube-proxy (or the CNI's replacement for it) is not running or not programming that Service on the node, the pod network itself is broken (CNI not ready, overlapping pod and node CIDRs, a host firewall dropping the traffic), or the API server is down. Until then CoreDNS stays 0/1 Running and every pod's DNS fails.",
    causes: ['kube-proxy not running or failing on the node', 'The pod network broken: CNI not ready, pod CIDR overlapping the node network, host firewall', 'The API server unreachable or down'],
    fixes: () => [
      fix('Check the path from a pod to the kubernetes Service', [], 'kubectl -n kube-system get pods -o wide | grep -E "kube-proxy|coredns"\nkubectl -n kube-system logs -l k8s-app=kube-proxy --tail=30\nkubectl get svc kubernetes; kubectl get endpoints kubernetes\nkubectl run -it --rm apitest --image=curlimages/curl --restart=Never -- curl -sk https://10.96.0.1/version'),
    ],
    references: [DNS_DEBUG, ref('Kubernetes: Debug Services', `${K8S_DOCS}/tasks/debug/debug-application/debug-service/`)],
    samples: [
      '[INFO] plugin/ready: Still waiting on: "kubernetes"\n[INFO] plugin/kubernetes: waiting for Kubernetes API before starting server',
    ],
  },
  // ---------------------------------------------------------------- cluster tools: minikube, eksctl, cert-manager
  {
    id: 'k8s.minikube-vm',
    language: 'kubernetes',
    // minikube's older words for a VM its driver could not create or start (newer releases say GUEST_PROVISION).
    match: /(?<what>Unable to start VM|error provisioning host)(?:: (?<detail>[^\n]{0,300}))?|VBoxManage: error: The virtual machine '(?<vm>[^'\n]{1,100})' has terminated unexpectedly during startup/,
    requires: /Unable to start VM|error provisioning host|VBoxManage: error/,
    errorType: (c) => c.what ?? 'Unable to start VM',
    category: 'runtime',
    priority: 30,
    summary: (c) => `minikube's VM driver could not ${c.what === 'error provisioning host' ? 'provision' : 'start'} the ${c.vm ?? 'minikube'} VM${c.detail ? `: ${c.detail.slice(0, 160)}` : '.'}`,
    explanation: (c) => {
      const d = `${c.detail ?? ''}${c.vm ? ' VBoxManage' : ''}`;
      if (/VBoxManage|virtualbox/i.test(d)) return 'VirtualBox could not start the VM: hardware virtualisation (VT-x/AMD-V) disabled in the BIOS or taken by Hyper-V/WSL 2 on Windows, a VirtualBox kernel module not loaded after a kernel update on Linux, or a VM left in a broken state by an earlier run.';
      if (/exit status 126|exit status 1\b|creating/.test(d)) return 'The driver\'s command failed when creating the host: the driver (Hyper-V, VirtualBox, KVM, hyperkit) is not installed or not usable by this user, or a half-created VM from an earlier run is in the way.';
      return "minikube's driver could not create or boot the VM; the lines before this one are the driver's own error.";
    },
    causes: ['Hardware virtualisation disabled, or held by Hyper-V/WSL 2', 'The driver missing or not usable by this user (kernel module, permissions, group)', 'A broken VM from an earlier run'],
    fixes: () => [
      fix('Delete the broken VM and start again, or use the docker driver', [], 'minikube delete --all --purge\nminikube start --driver=docker\n# VirtualBox on Linux after a kernel update:\nsudo /sbin/vboxconfig'),
    ],
    references: [ref('minikube: Drivers', 'https://minikube.sigs.k8s.io/docs/drivers/'), ref('minikube: Troubleshooting', 'https://minikube.sigs.k8s.io/docs/handbook/troubleshooting/')],
    samples: [
      'E0717 20:38:03.963546   16260 start.go:559] StartHost: create: creating: exit status 1\n\nX Unable to start VM: create: creating: exit status 1',
      "💣  error provisioning host: Failed to start host: driver start: Unable to start the VM: /usr/bin/VBoxManage startvm minikube --type headless failed:\nVBoxManage: error: The virtual machine 'minikube' has terminated unexpectedly during startup with exit code 1 (0x1)",
    ],
  },
  {
    id: 'k8s.eksctl',
    language: 'kubernetes',
    match: /timed out waiting for at least (?<count>\d{1,4}) nodes? to join the cluster and become ready in "(?<nodegroup>[^"\n]{1,100})"|Error: invalid version, supported values: (?<versions>[\d., ]{1,200})/,
    requires: /nodes? to join the cluster|invalid version, supported values/,
    errorType: (c) => (c.nodegroup ? 'timed out waiting for nodes to join the cluster' : 'invalid version'),
    category: 'configuration',
    priority: 20,
    summary: (c) => (c.nodegroup ? `eksctl created the cluster but the nodes of nodegroup ${c.nodegroup} never joined it (it waited for ${c.count}).` : `This eksctl release does not support the Kubernetes version asked for; it knows ${c.versions?.trim()}.`),
    explanation: (c) =>
      c.nodegroup
        ? "The EC2 instances of the nodegroup started but their kubelets did not register with the EKS control plane: nodes in private subnets without a NAT gateway or the VPC endpoints they need (EKS, ECR, STS, S3), a node IAM role without AmazonEKSWorkerNodePolicy / AmazonEKS_CNI_Policy / AmazonEC2ContainerRegistryReadOnly, security groups blocking the control plane, or an AMI/bootstrap that fails (see the instances' system log)."
        : 'Each eksctl release carries the list of EKS versions it can create; a version newer than the release (or one EKS no longer supports) is refused before anything is created.',
    causes: (c) => (c.nodegroup ? ['Private subnets without NAT or VPC endpoints', 'A node IAM role missing the EKS worker policies', 'Security groups between nodes and the control plane'] : ['An eksctl older than the Kubernetes version in the config', 'A version EKS no longer offers']),
    fixes: (c) =>
      c.nodegroup
        ? [fix(`Find out why the ${c.nodegroup} instances do not register`, [], `eksctl utils describe-stacks --cluster <cluster>\naws ec2 get-console-output --instance-id <node-instance-id> --output text | tail -50\nkubectl get nodes\naws eks describe-nodegroup --cluster-name <cluster> --nodegroup-name ${c.nodegroup} --query nodegroup.health`)]
        : [fix('Upgrade eksctl, or ask for a version it supports', [], 'eksctl version\n# upgrade: https://eksctl.io/installation/\naws eks describe-cluster-versions --query "clusterVersions[].clusterVersion"')],
    references: [ref('Amazon EKS: Nodes fail to join cluster', 'https://docs.aws.amazon.com/eks/latest/userguide/troubleshooting.html#worker-node-fail'), ref('eksctl: Installation', 'https://eksctl.io/installation/')],
    samples: ['02:25:51  Error: timed out waiting for at least 3 nodes to join the cluster and become ready in "ng-1": context deadline exceeded', 'Error: invalid version, supported values: 1.22, 1.23, 1.24, 1.25, 1.26, 1.27'],
  },
  {
    id: 'k8s.cert-manager-issuance',
    language: 'kubernetes',
    // cert-manager's controller log and a Certificate's condition while issuance does not progress.
    match: /(?<!Referenced )\b(?<issuerKind>Issuer|ClusterIssuer) (?<issuer>[\w.-]{1,253}) not ready\b|(?<waiting>Issuing certificate as Secret does not exist)/,
    requires: /not ready|Issuing certificate as Secret does not exist/,
    errorType: (c) => (c.issuer ? 'IssuerNotReady' : 'Issuing certificate as Secret does not exist'),
    category: 'configuration',
    priority: 33,
    summary: (c) => (c.issuer ? `cert-manager will not issue with the ${c.issuerKind} ${c.issuer}: it is not Ready.` : "The Certificate's secret does not exist yet, so cert-manager is issuing it; if it stays like this, issuance is stuck further down."),
    explanation: (c) =>
      c.issuer
        ? `cert-manager only uses an issuer whose Ready condition is True. ${c.issuer} is not: for ACME, the account registration with the CA failed (a wrong server URL, such as the retired ACME v1 endpoint, or an e-mail the CA refuses); for a CA issuer, its key pair secret is missing; for Vault, the connection or auth failed. kubectl describe on the issuer shows the condition's message.`
        : "Issuing certificate as Secret does not exist is the normal condition of a new Certificate: cert-manager creates a CertificateRequest, then (for ACME) an Order and Challenges. If the Certificate stays not Ready, the reason is on one of those: an issuer that is not ready, a challenge the CA cannot validate (DNS, ingress class, firewall), or a rate limit.",
    causes: (c) => (c.issuer ? ['An ACME server URL that is wrong or retired', 'A private key or CA secret missing in the namespace cert-manager reads', 'Credentials for a DNS provider or Vault that are wrong'] : ['A challenge the CA cannot validate', 'An issuer that is not ready', 'A CA rate limit']),
    fixes: (c) => [
      c.issuer
        ? fix(`Describe ${c.issuer} for the reason it is not ready`, [], `kubectl describe ${(c.issuerKind ?? 'Issuer').toLowerCase()} ${c.issuer}\nkubectl -n cert-manager logs deploy/cert-manager --tail=50 | grep -i ${c.issuer}`)
        : fix('Follow the Certificate to its request, order and challenges', [], 'kubectl get certificate,certificaterequest,order,challenge -n <namespace>\nkubectl describe certificaterequest -n <namespace> <name>\nkubectl describe challenge -n <namespace> <name>\ncmctl status certificate -n <namespace> <certificate>'),
    ],
    references: [CERT_MANAGER, ref('cert-manager: Troubleshooting ACME', 'https://cert-manager.io/docs/troubleshooting/acme/')],
    samples: [
      'sync.go:120] Issuer letsencrypt-staging not ready\ncontroller.go:180] certificates controller: Re-queuing item "default/passgen-crt" due to error processing: Issuer letsencrypt-staging not ready',
      '    Message:                     Issuing certificate as Secret does not exist\n    Reason:                      DoesNotExist\n    Status:                      False\n    Type:                        Ready',
    ],
  },
];
