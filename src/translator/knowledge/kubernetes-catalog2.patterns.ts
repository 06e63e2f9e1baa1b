import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A second catalog pass over the Kubernetes family (issue 12): admission and policy (pod security
 * admission's warnings and refusals, LimitRange, RBAC escalation, ValidatingAdmissionPolicy), the
 * kubelet's volume operations and the scheduler's plugins when no event row names the reason, more
 * event reasons, kubectl's client checks, and the ecosystem around a cluster: kustomize, Flux, Argo CD,
 * kind, k3d and MicroK8s, Istio's Envoy sidecars, cert-manager, the AWS Load Balancer Controller,
 * ingress-nginx and the cloud providers' auth plugins. The type is the reason Kubernetes or the tool
 * gives, else the tool's own phrase without the names around it (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const KUSTOMIZE = ref('Kustomize: kustomization reference', 'https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/');
const FLUX = ref('Flux: Kustomization and HelmRelease troubleshooting', 'https://fluxcd.io/flux/cheatsheets/troubleshooting/');
const ARGOCD = ref('Argo CD: Troubleshooting', 'https://argo-cd.readthedocs.io/en/stable/operator-manual/troubleshooting/');
const CERT_MANAGER = ref('cert-manager: Troubleshooting', 'https://cert-manager.io/docs/troubleshooting/');
const ACME_TROUBLESHOOTING = ref('cert-manager: Troubleshooting ACME certificates', 'https://cert-manager.io/docs/troubleshooting/acme/');
const ISTIO = ref('Istio: Traffic management problems', 'https://istio.io/latest/docs/ops/common-problems/network-issues/');

/** The securityContext fields pod security admission's messages name, with the value that satisfies them. */
const PSA_FIELDS: readonly (readonly [RegExp, string])[] = [
  [/allowPrivilegeEscalation/, 'allowPrivilegeEscalation: false'],
  [/unrestricted capabilities|capabilities\.drop/, 'capabilities:\n  drop: ["ALL"]'],
  [/runAsNonRoot/, 'runAsNonRoot: true\nrunAsUser: 10001'],
  [/seccompProfile/, 'seccompProfile:\n  type: RuntimeDefault'],
  [/privileged \(|privileged=true/, 'privileged: false'],
];

function psaSnippet(violations: string): string {
  const lines = PSA_FIELDS.filter(([re]) => re.test(violations)).map(([, yaml]) => yaml);
  return `securityContext:\n${(lines.length ? lines : ['allowPrivilegeEscalation: false']).join('\n').replace(/^/gm, '  ')}`;
}

/** The first container a pod security message names ("container "web"", "containers "a", "b""). */
const psaContainer = (c: Captures): string => /containers? \\?"([^"\\]{1,63})/.exec(c.violations ?? '')?.[1] ?? 'the container';

/** ACME problem types (RFC 8555 section 6.7) beyond the ones kubernetes-cluster.patterns.ts explains. */
const ACME_MORE: Readonly<Record<string, string>> = {
  invalidEmail: "The ACME CA refused the account's contact e-mail: an address at a domain it does not accept (example.com, a domain without MX records) or a malformed address in the Issuer's spec.acme.email.",
  unsupportedContact: "The ACME CA does not accept the account's contact URL (only mailto: addresses).",
  malformed: 'The ACME CA found the request malformed: often an identifier it cannot issue for (a wildcard with HTTP-01, a name with invalid characters) or an old client.',
  badNonce: 'The request carried a nonce the CA no longer accepts; clients retry this on their own, so it only matters when it repeats.',
  accountDoesNotExist: 'The ACME account key in the Issuer\'s private key secret is not registered with this CA (a key from the staging server used with production, or a deactivated account).',
  externalAccountRequired: 'The CA requires external account binding (ZeroSSL, Google Trust Services, a corporate CA): the Issuer needs spec.acme.externalAccountBinding with its key ID and HMAC key.',
  orderNotReady: 'The order was finalised before all its authorizations were valid.',
  serverInternal: 'The ACME CA failed internally; retry later.',
  badCSR: 'The CA refused the certificate signing request: a key type or size it does not accept, or names in the CSR that are not in the order.',
  incorrectResponse: 'The response the CA fetched for the challenge did not match what it expected.',
  tls: 'The CA could not complete a TLS connection to the domain for TLS-ALPN-01 validation.',
  userActionRequired: 'The CA requires an action from the account holder (new terms of service to accept).',
  badSignatureAlgorithm: 'The CA does not accept the signature algorithm of the account key.',
  compound: 'Several validations failed; the sub-problems after it name each.',
};

/** Event reasons of controllers and add-ons the other patterns do not answer, with what each means. */
const EVENT_MORE: Readonly<Record<string, string>> = {
  ExternalProvisioning: 'The claim waits for an external (CSI) provisioner to create its volume. It is normal for a few seconds; stuck there, the provisioner named in the message is not installed, not running, or failing (its controller pod\'s logs say why).',
  VolumeFailedDelete: 'The provisioner could not delete the volume behind a released PersistentVolume: the disk is still attached to a node, or the provisioner lacks permission; the PV stays Released or Failed.',
  NotTriggerScaleUp: "The cluster autoscaler found no node group that could fit the pending pod if it added a node: the pod's node selector, affinity, taints, or requests match no group's template, or every group is at its maximum size.",
  FailedDaemonPod: 'The DaemonSet controller found a daemon pod failed on a node and is replacing it; it repeats while the pod keeps failing there.',
  FailedCreatePodContainer: "The kubelet could not create the pod's cgroup or container: usually a cgroup or runtime problem on the node.",
  FailedNodeAllocatableEnforcement: 'The kubelet could not apply the node allocatable cgroup limits (system-reserved, kube-reserved): a cgroup driver or cgroup hierarchy that does not match its configuration.',
  FailedToUpdateEndpoint: 'The endpoints controller could not update the Service\'s Endpoints object: usually an API conflict or an admission webhook refusing it.',
  FailedToCreateEndpoint: 'The endpoints controller could not create the Service\'s Endpoints object (an admission webhook, a quota or a namespace being deleted).',
  FailedBuildModel: 'The AWS Load Balancer Controller could not turn the Ingress or Service into a load balancer model: subnets it cannot discover (missing kubernetes.io/role/elb tags), a certificate it cannot find for a host, or an annotation with an invalid value.',
  FailedDeployModel: 'The AWS Load Balancer Controller built the model but AWS refused to create or change the load balancer: its IAM role lacks a permission, a quota, or a resource conflict.',
  FailedMapVolume: 'The kubelet could not map a raw block volume into the pod.',
  FileSystemResizeFailed: "The kubelet could not grow the volume's filesystem after the disk was expanded.",
  PolicyViolation: 'Kyverno reports that the resource breaks one of its policies (in Audit mode the resource is admitted anyway; in Enforce mode new ones are refused).',
  IssuerNotFound: 'cert-manager cannot find the Issuer or ClusterIssuer the Certificate (or Ingress annotation) references: the name is misspelt, it is an Issuer in another namespace, or Issuer was used where a ClusterIssuer was meant.',
  IssuerNotReady: 'The referenced issuer exists but is not Ready: its ACME account registration, CA secret or Vault connection failed (describe the issuer for its condition).',
  ErrInitIssuer: 'cert-manager could not initialise the issuer: the secret it names (CA key pair, ACME private key, DNS provider credentials) is missing or invalid.',
  ErrGetKeyPair: "The CA issuer's secret does not exist or does not hold a tls.crt and tls.key pair in cert-manager's namespace for ClusterIssuers (the cluster resource namespace).",
  BadConfig: 'cert-manager found the resource misconfigured: the message names the field.',
  FailedRescale: 'The horizontal pod autoscaler computed a new size but could not apply it to its target.',
  FailedUpdateStatus: 'A controller could not write the object\'s status.',
  FailedDelete: 'A controller could not delete one of the pods it owns.',
  ProbeWarning: 'A probe succeeded with a warning (a redirect to another host, or a body that was cut): harmless, but the probe may not check what was meant.',
  ScaleDownFailed: 'The cluster autoscaler tried to remove an unneeded node and failed (a pod that could not be evicted, a cloud API error).',
  ScaleUpFailed: 'The cluster autoscaler asked the cloud for a new node and did not get one: a quota, no capacity for the instance type in the zone, or permissions.',
};

export const KUBERNETES_CATALOG2_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- admission and policy
  {
    id: 'k8s.pod-security-admission',
    language: 'kubernetes',
    // Pod security admission: a warning (warn and audit modes) or a refusal (enforce) of the pod spec.
    match: /(?<forbidden>is forbidden: )?(?<verb>would violate|violates) PodSecurity \\?"(?<level>(?:privileged|baseline|restricted):[\w.]{1,20})\\?":?(?<violations>[^\n]{0,800})/,
    requires: /violates? PodSecurity/,
    errorType: (c) => (c.verb === 'violates' ? 'Forbidden' : 'would violate PodSecurity'),
    category: 'permission',
    // Below a controller's FailedCreate event row, whose reason is the type there.
    priority: 42,
    summary: (c) =>
      c.verb === 'violates'
        ? `The API server refused the pod: it breaks the namespace's "${c.level}" pod security level.`
        : `The pod would break the namespace's "${c.level}" pod security level (a warning: it was still created).`,
    explanation: (c) =>
      `Pod security admission checks pods against the level the namespace's pod-security.kubernetes.io labels set. ${c.verb === 'violates' ? 'In enforce mode a pod that breaks it is refused (status Forbidden); for a Deployment or Job nothing runs, and the refusal only shows in the ReplicaSet\'s or Job\'s FailedCreate events.' : 'In warn or audit mode the pod is admitted and kubectl prints the warning; the same pod is refused once the namespace enforces this level.'} Each entry names a field and the container that must set it: ${(c.violations ?? '').trim().slice(0, 240)}`,
    causes: ['A pod spec without the securityContext the level requires (restricted: no privilege escalation, drop ALL capabilities, non-root, a seccomp profile)', 'A namespace labelled with a stricter level than the workload was written for', 'A chart whose defaults predate pod security admission'],
    fixes: (c) => [
      fix(`Set the securityContext ${c.level} requires on ${psaContainer(c)}`, ['Add the fields each entry names, in the pod template of the workload (not only the pod); check the result with a server-side dry run.'], `${psaSnippet(c.violations ?? '')}\nkubectl apply --dry-run=server -f <manifest>.yaml`),
      fix('Or give the namespace the level the workload needs', ['Only for system workloads that need host access (CNI, storage drivers, monitoring agents).'], `kubectl get ns --show-labels | grep pod-security\nkubectl label ns <namespace> pod-security.kubernetes.io/enforce=${/^privileged/.test(c.level) ? 'privileged' : 'baseline'} --overwrite`),
    ],
    references: [ref('Kubernetes: Pod Security Admission', `${K8S_DOCS}/concepts/security/pod-security-admission/`), ref('Kubernetes: Pod Security Standards', `${K8S_DOCS}/concepts/security/pod-security-standards/`)],
    samples: [
      'Warning: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"])\npod/nginx created',
      'Error from server (Forbidden): error when creating "pod.yaml": pods "debug" is forbidden: violates PodSecurity "baseline:latest": privileged (container "debug" must not set securityContext.privileged=true)',
    ],
  },
  {
    id: 'k8s.admission-forbidden',
    language: 'kubernetes',
    // The other refusals the API server's admission chain gives as "is forbidden", and a ValidatingAdmissionPolicy's.
    match:
      /(?<range>(?:minimum|maximum) (?<resource>cpu|memory|ephemeral-storage|storage) usage per (?<scope>Container|Pod|PersistentVolumeClaim) is (?<bound>[\w.]{1,20}), but (?<which>request|limit) is (?<value>[\w.]{1,20}))|(?<ratio>(?:cpu|memory) max limit to request ratio per Container is [\w.]{1,20}, but provided ratio is [\w.]{1,20})|is forbidden: (?<psp>unable to validate against any pod security policy|PodSecurityPolicy: unable to admit pod)|(?<escalation>is attempting to grant RBAC permissions not currently held)|is forbidden: error looking up service account (?<account>[\w.-]{1,253}\/[\w.-]{1,253})|(?<vapForbidden>is forbidden: )?ValidatingAdmissionPolicy '(?<policy>[^'\n]{1,253})' with binding '(?<binding>[^'\n]{1,253})' denied request: (?<vap>[^\n]{0,300})/,
    requires: /usage per |ratio per Container|pod security policy|PodSecurityPolicy|grant RBAC permissions|error looking up service account|ValidatingAdmissionPolicy '/,
    // A policy's denial is Invalid unless its validation sets another reason (kubectl then says "is forbidden").
    errorType: (c) => (c.policy && !c.vapForbidden ? 'Invalid' : 'Forbidden'),
    category: 'permission',
    // Below a controller's FailedCreate event row.
    priority: 41,
    summary: (c) =>
      c.range || c.ratio
        ? `A LimitRange in the namespace refused the object: ${c.range ?? c.ratio}.`
        : c.psp
          ? 'No PodSecurityPolicy the requester may use admits this pod.'
          : c.escalation
            ? 'RBAC refused to create a role granting permissions the requester does not have itself.'
            : c.account
              ? `The pod names the service account ${c.account}, which does not exist.`
              : `The ValidatingAdmissionPolicy ${c.policy} (binding ${c.binding}) denied the request: ${c.vap}`,
    explanation: (c) => {
      if (c.range || c.ratio) return `A LimitRange sets per-${c.scope ?? 'Container'} bounds on ${c.resource ?? 'resources'} in the namespace, and this ${c.which ?? 'request or limit'} is outside them (the LimitRanger admission plugin refuses the object as Forbidden). Defaults from the LimitRange apply only where the spec sets nothing.`;
      if (c.psp) return 'PodSecurityPolicy (removed in Kubernetes 1.25) admits a pod only if some policy the pod\'s creator or its service account may "use" allows every field of its spec. None does: a privileged container, host paths or ports, or no policy bound to the service account at all.';
      if (c.escalation) return "RBAC's escalation prevention: you may only create or update a Role or ClusterRole (or bind one) with permissions you already hold, unless you have the escalate (or bind) verb. The list after the message is what the requester lacks.";
      if (c.account) return `The ServiceAccount admission plugin checks that the pod's serviceAccountName exists in its namespace; ${c.account} does not (not created yet, created in another namespace, or a Helm value that names one the chart does not create).`;
      return `A ValidatingAdmissionPolicy evaluates its CEL expressions on every matching request; the expression named failed for this object, so the binding's validationActions (Deny) refused it${c.policy ? ` (policy ${c.policy})` : ''}.`;
    },
    causes: (c) =>
      c.range || c.ratio
        ? ['Requests or limits outside the namespace LimitRange', 'A chart default that is larger or smaller than the namespace allows']
        : c.escalation
          ? ['A CI or operator service account creating roles broader than its own', 'A missing escalate/bind permission']
          : ['A policy or admission rule in the cluster the object does not meet', 'A referenced object (service account, policy binding) missing'],
    fixes: (c) => {
      if (c.range || c.ratio) return [fix(`Bring the ${c.which ?? 'requests and limits'} within the namespace LimitRange`, ['Read the bounds and set the container\'s resources inside them.'], 'kubectl describe limitrange -n <namespace>\nkubectl set resources deployment/<name> --requests=cpu=100m,memory=128Mi --limits=cpu=500m,memory=512Mi')];
      if (c.psp) return [fix("Bind a PodSecurityPolicy that allows the pod, or move to pod security admission", ['List the policies and which the service account may use.'], 'kubectl get psp\nkubectl auth can-i use podsecuritypolicy/<policy> --as=system:serviceaccount:<namespace>:<account>')];
      if (c.escalation) return [fix('Grant the requester the permissions first, or the escalate verb', ['Create the role as a cluster admin, or give the requester the permissions the role contains.'], 'kubectl auth can-i --list --as=<user>\nkubectl create clusterrolebinding <name> --clusterrole=cluster-admin --user=<user>   # or a narrower role')];
      if (c.account) return [fix(`Create the service account ${c.account}`, [], `kubectl create serviceaccount ${c.account.split('/')[1]} -n ${c.account.split('/')[0]}`)];
      return [fix(`Make the object pass ${c.policy}`, [`Read the policy's expressions and the binding ${c.binding}'s parameters; change the object, or the policy if it is wrong.`], `kubectl get validatingadmissionpolicy ${c.policy} -o yaml\nkubectl get validatingadmissionpolicybinding ${c.binding} -o yaml`)];
    },
    references: [ref('Kubernetes: Limit Ranges', `${K8S_DOCS}/concepts/policy/limit-range/`), ref('Kubernetes: RBAC privilege escalation prevention', `${K8S_DOCS}/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping`), ref('Kubernetes: Validating Admission Policy', `${K8S_DOCS}/reference/access-authn-authz/validating-admission-policy/`)],
    samples: [
      'pods "frontend" is forbidden: maximum cpu usage per Container is 800m, but limit is 1500m',
      'Error: clusterroles.rbac.authorization.k8s.io "admin-ext" is forbidden: user "ci" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:',
      'The deployments "nginx" is invalid: : ValidatingAdmissionPolicy \'demo-policy.example.com\' with binding \'demo-binding-test.example.com\' denied request: failed expression: object.spec.replicas <= 5',
    ],
  },
  // ---------------------------------------------------------------- storage and scheduling without an event row
  {
    id: 'k8s.volume-operation',
    language: 'kubernetes',
    // The kubelet's and the attach/detach controller's operation errors, as they appear in its log or a status.
    match:
      /(?<mount>MountVolume\.(?:SetUp|MountDevice|WaitForAttach|NewMounter initialization) failed for volume|MapVolume\.(?:SetUpDevice|MapPodDevice|WaitForAttach) failed for volume|(?:Unable to attach or mount volumes: )?unmounted volumes=\[)\s?"?(?<volume>[^"\]\n]{1,253})"?(?<detail>[^\n]{0,400})|(?<attach>Multi-Attach error for volume|AttachVolume\.Attach failed for volume) "(?<attachVolume>[^"\n]{1,253})"(?<attachDetail>[^\n]{0,400})/,
    requires: /MountVolume\.|MapVolume\.|unmounted volumes=|Multi-Attach error|AttachVolume\.Attach failed/,
    errorType: (c) => (c.attach ? 'FailedAttachVolume' : 'FailedMount'),
    category: 'configuration',
    // Above the Go and Helm timeouts the detail ends with; below the event rows' own reasons.
    priority: 36,
    summary: (c) => (c.attach ? `The volume ${c.attachVolume} could not be attached to the pod's node.` : `The kubelet could not mount the volume ${c.volume} into the pod.`),
    explanation: (c) => {
      const d = `${c.detail ?? ''}${c.attachDetail ?? ''}`;
      if (/Multi-Attach/.test(c.attach ?? '')) return `${c.attachVolume} is a ReadWriteOnce volume still attached to another node (the old pod of a rolling update, or a node that went away without detaching it). A block volume attaches to one node at a time, so the new pod waits until the attach/detach controller releases it (about 6 minutes after a node is lost).`;
      if (/(?:secret|configmap) "[^"]+" not found/.test(d)) return `The pod mounts a Secret or ConfigMap that does not exist in its namespace: ${d.trim().slice(0, 200)}.`;
      if (/not registered/.test(d)) return 'The kubelet has not (yet) registered the Secret or ConfigMap for this pod in its cache; it usually clears by itself, and persists only when the object is missing or the kubelet lost its watch.';
      if (/not found in the list of registered CSI drivers/.test(d)) return "The volume's CSI driver has no node plugin registered on this node: the driver's DaemonSet is not installed or not running there.";
      if (/exit status 32|wrong fs type|bad option/.test(d)) return 'The mount command failed on the node: for NFS or CIFS the node lacks the client package (nfs-common, cifs-utils) or the server refused the export.';
      if (/timed out waiting for the condition|deadline/i.test(d)) return 'The kubelet waited for the volume to be attached or mounted and gave up: the attach is stuck in the cloud (a volume in another zone, still attached elsewhere), or the CSI driver does not answer.';
      return `The operation failed on the node: ${d.trim().slice(0, 240) || 'see the kubelet log for the reason'}.`;
    },
    causes: ['A Secret or ConfigMap the pod mounts that does not exist', 'A ReadWriteOnce volume still attached to another node', 'A CSI driver or mount client missing on the node', 'A volume in another zone than the node'],
    fixes: (c) => [
      fix(`See where ${c.attachVolume ?? c.volume} is and what the kubelet says`, ['Describe the pod for the full event, the volume attachments for the node holding it, and the CSI driver pods on the node.'], `kubectl describe pod <pod>\nkubectl get volumeattachment | grep ${c.attachVolume ?? c.volume}\nkubectl get pv ${c.attachVolume ?? c.volume} -o wide\nkubectl get pods -A -o wide | grep -i csi`),
    ],
    references: [ref('Kubernetes: Persistent volumes', `${K8S_DOCS}/concepts/storage/persistent-volumes/`), ref('Kubernetes: Debug pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`)],
    samples: [
      'MountVolume.SetUp failed for volume "secret-volume" : secret "db-credentials" not found',
      'Multi-Attach error for volume "pvc-0a1b" Volume is already used by pod(s) web-5d8f-abcde',
      'MountVolume.MountDevice failed for volume "pvc-1234" : rpc error: code = Internal desc = format of disk "/dev/xvdba" failed',
    ],
  },
  {
    id: 'k8s.scheduler-plugin',
    language: 'kubernetes',
    // The scheduler framework's plugin errors, in a FailedScheduling event or the scheduler's log.
    match: /running (?<point>PreFilter|Filter|PostFilter|PreScore|Score|Reserve|Permit|PreBind|Bind) plugin "(?<plugin>\w{1,60})": (?<detail>[^\n]{0,300})/,
    requires: /plugin "/,
    errorType: 'FailedScheduling',
    category: 'configuration',
    priority: 36,
    summary: (c) => `The scheduler's ${c.plugin} plugin failed at ${c.point}: ${c.detail}`,
    explanation: (c) =>
      c.plugin === 'VolumeBinding'
        ? `The scheduler binds a pod's PersistentVolumeClaims to volumes before binding the pod to a node; ${c.point === 'PreBind' ? 'it waited for the provisioner to create the volumes for the chosen node (WaitForFirstConsumer) and they never came: the CSI provisioner is not running, failing, or cannot create a volume in that zone' : 'it could not read the claims or their storage classes (a claim or class that does not exist)'}.`
        : `A scheduler plugin returned an error rather than a verdict: ${c.detail}. The pod stays Pending and is retried.`,
    causes: ['A storage provisioner that does not create the volume', 'A claim or storage class that does not exist', 'A scheduler plugin misconfigured in the scheduler profile'],
    fixes: (c) => [
      fix(`Look at the claims and the provisioner behind ${c.plugin}`, ['Describe the pending pod and its claims; their events name the provisioner and why it fails.'], 'kubectl describe pod <pod>\nkubectl get pvc -n <namespace>\nkubectl describe pvc <claim>\nkubectl get storageclass'),
    ],
    references: [ref('Kubernetes: Scheduling framework', `${K8S_DOCS}/concepts/scheduling-eviction/scheduling-framework/`), ref('Kubernetes: Volume binding mode', `${K8S_DOCS}/concepts/storage/storage-classes/#volume-binding-mode`)],
    samples: ['running PreBind plugin "VolumeBinding": binding volumes: timed out waiting for the condition'],
  },
  {
    id: 'k8s.event-reason-more',
    language: 'kubernetes',
    // Event rows (kubectl describe, kubectl get events) with reasons the other patterns do not answer.
    match:
      /(?:^|\s)(?:Warning|Normal)\s{1,40}(?<reason>ExternalProvisioning|VolumeFailedDelete|NotTriggerScaleUp|FailedDaemonPod|FailedCreatePodContainer|FailedNodeAllocatableEnforcement|FailedToUpdateEndpoint|FailedToCreateEndpoint|FailedBuildModel|FailedDeployModel|FailedMapVolume|FileSystemResizeFailed|PolicyViolation|IssuerNotFound|IssuerNotReady|ErrInitIssuer|ErrGetKeyPair|BadConfig|FailedRescale|FailedUpdateStatus|FailedDelete|ProbeWarning|ScaleDownFailed|ScaleUpFailed)\s(?<row>[^\n]{0,400})/,
    requires: /Warning|Normal/,
    errorType: (c) => c.reason,
    category: 'configuration',
    priority: 34,
    summary: (c) => `Kubernetes recorded a ${c.reason} event: ${c.row.trim().slice(0, 240)}`,
    explanation: (c) => EVENT_MORE[c.reason] ?? 'This is the reason of the event Kubernetes recorded.',
    causes: ['What the event reason names (the message after it says which object and why)'],
    fixes: (c) => [
      fix(`Read the ${c.reason} events with their objects`, ['The message after the reason names the object; describe it, and read the logs of the controller that wrote the event (the From column).'], `kubectl get events -A --field-selector reason=${c.reason} --sort-by=.lastTimestamp | tail -20`),
    ],
    references: [ref('Kubernetes: Debug running pods and nodes', `${K8S_DOCS}/tasks/debug/debug-cluster/`), CERT_MANAGER],
    samples: [
      '  Normal  ExternalProvisioning  3s (x8 over 1m)  persistentvolume-controller  waiting for a volume to be created, either by external provisioner "ebs.csi.aws.com" or manually created by system administrator',
      '  Warning  FailedBuildModel  32s (x13 over 2m)  ingress  Failed build model due to couldn\'t auto-discover subnets: unable to resolve at least one subnet (0 match VPC and tags: [kubernetes.io/role/elb])',
      '  Normal  IssuerNotFound  10s  cert-manager-certificaterequests-issuer-acme  Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io "letsencrypt-prod" not found',
    ],
  },
  // ---------------------------------------------------------------- kubectl and the cluster CLIs
  {
    id: 'k8s.cli-unknown-command',
    language: 'kubernetes',
    // cobra's message, as kubectl, Helm and the cluster tools built on it print it.
    match: /unknown command "(?<command>[^"\n]{1,100})" for "(?<tool>(?:kubectl|helm|kustomize|flux|argocd|kind|minikube|k3d|k3s|istioctl|cmctl|eksctl|kubeadm|oc|velero|kubectx|k9s|skaffold|tilt|linkerd|cilium|talosctl|crictl|kubelogin|kubeseal|kops|vcluster|clusterctl|kyverno|kn|tkn)(?: [\w-]{1,40}){0,2})"(?:\s{0,20}Did you mean this\?\s{0,20}(?<suggestion>[\w-]{1,60}))?/,
    requires: /unknown command "/,
    errorType: 'unknown command',
    category: 'configuration',
    priority: 35,
    summary: (c) => `${c.tool} has no command called ${c.command}${c.suggestion ? ` (it suggests ${c.suggestion})` : ''}.`,
    explanation: (c) =>
      `${c.tool} does not know the subcommand ${c.command}: a typo, a command of another tool or of a newer release, or a kubectl plugin (kubectl-${c.command.split(' ')[0]}) that is not installed on PATH.${/^kubectl/.test(c.tool) ? ' kubectl looks for plugins as executables named kubectl-<name>; krew installs them.' : ''}`,
    causes: ['A misspelt subcommand', 'A plugin that is not installed', 'A command from a newer (or older) release of the tool'],
    fixes: (c) => [
      fix(`Use ${c.suggestion ? c.suggestion : `a command ${c.tool} has`} instead of ${c.command}`, ['List the commands of this version; install the plugin if it is one.'], `${c.tool} --help${/^kubectl/.test(c.tool) ? `\nkubectl plugin list\nkubectl krew install ${c.command.split(' ')[0]}` : ''}`),
    ],
    references: [ref('kubectl reference', `${K8S_DOCS}/reference/kubectl/`), ref('Kubernetes: Extend kubectl with plugins', `${K8S_DOCS}/tasks/extend-kubectl/kubectl-plugins/`)],
    samples: ['error: unknown command "get-pods" for "kubectl"\n\nDid you mean this?\n\tget', "Error: unknown command \"instal\" for \"helm\"\n\nDid you mean this?\n\tinstall\n\nRun 'helm --help' for usage."],
  },
  {
    id: 'k8s.kubectl-client-more',
    language: 'kubernetes',
    match:
      /(?<noContext>error: current-context is not set)|error: the path "(?<path>[^"\n]{1,300})" does not exist|(?<noResources>You must provide one or more resources by argument or filename)|(?<lastApplied>is missing the kubectl\.kubernetes\.io\/last-applied-configuration annotation)|the namespace from the provided object "(?<objectNs>[\w.-]{1,63})" does not match the namespace "(?<flagNs>[\w.-]{1,63})"|(?<noName>resource\(s\) were provided, but no name was specified)|error: required flag\(s\) (?<flags>"[^\n]{1,200}") not set|error: flag needs an argument: (?<flag>'?[\w-]{1,40}'?(?: in -[\w-]{1,40})?)|(?<schema>SchemaError)\((?<schemaPath>[^)\n]{1,200})\)|error reading \[(?<file>[^\]\n]{1,300})\]: recognized file extensions are|(?<noConfig>invalid configuration: no configuration has been provided)|unable to read (?<certKind>client-cert|client-key|certificate-authority) (?<certFile>[^\s]{1,300}) for (?<certUser>[^\s]{1,200}) due to|(?<noMatching>error: no matching resources found)|(?<unsupportedResource>error: (?:pod, type\/name or --filename must be specified))|The request is invalid: (?<invalid>[^\n]{1,300})/,
    requires: /current-context is not set|" does not exist|one or more resources by argument|last-applied-configuration annotation|does not match the namespace|no name was specified|required flag|flag needs an argument|SchemaError|recognized file extensions|no configuration has been provided|unable to read (?:client|cert)|no matching resources found|must be specified|The request is invalid/,
    errorType: (c) =>
      c.noContext
        ? 'current-context is not set'
        : c.path
          ? 'the path does not exist'
          : c.noResources
            ? 'You must provide one or more resources by argument or filename'
            : c.lastApplied
              ? 'missing the kubectl.kubernetes.io/last-applied-configuration annotation'
              : c.objectNs
                ? 'does not match the namespace'
                : c.noName
                  ? 'resource(s) were provided, but no name was specified'
                  : c.flags
                    ? 'required flag(s) not set'
                    : c.flag
                      ? 'flag needs an argument'
                      : c.schema
                        ? 'SchemaError'
                        : c.file
                          ? 'recognized file extensions are [.json .yaml .yml]'
                          : c.noConfig
                            ? 'no configuration has been provided'
                            : c.certKind
                              ? `unable to read ${c.certKind}`
                              : c.noMatching
                                ? 'no matching resources found'
                                : c.unsupportedResource
                                  ? 'pod, type/name or --filename must be specified'
                                  : 'Invalid',
    category: 'configuration',
    priority: 33,
    summary: (c) => {
      if (c.noContext) return 'kubectl has no current context: the kubeconfig does not say which cluster to use.';
      if (c.path) return `kubectl cannot find ${c.path}.`;
      if (c.noResources) return 'kubectl was told to act on nothing: no resource type or name, and no -f file.';
      if (c.lastApplied) return 'kubectl apply is updating an object that was not created by apply; it adds the annotation it needs (a warning).';
      if (c.objectNs) return `The manifest says namespace ${c.objectNs}, and the command runs in ${c.flagNs}.`;
      if (c.noName) return 'kubectl was given a resource type and no name for an operation on one object.';
      if (c.flags) return `kubectl needs the flag(s) ${c.flags}.`;
      if (c.flag) return `The option ${c.flag} needs a value.`;
      if (c.schema) return `kubectl could not read the cluster's OpenAPI schema at ${c.schemaPath}.`;
      if (c.file) return `kubectl ignores ${c.file}: only .json, .yaml and .yml files are read.`;
      if (c.noConfig) return 'kubectl found no kubeconfig at all.';
      if (c.certKind) return `The kubeconfig's ${c.certKind} file ${c.certFile} (for ${c.certUser}) cannot be read.`;
      if (c.noMatching) return 'The selector or name matched no objects.';
      if (c.unsupportedResource) return 'kubectl needs a pod, a type/name or a file to act on.';
      return `The API server rejected the request as invalid: ${c.invalid}`;
    },
    explanation: (c) => {
      if (c.noContext) return 'The merged kubeconfig (KUBECONFIG, or ~/.kube/config) has contexts but none selected, or the file is empty (a fresh machine, a CI job without credentials, a KUBECONFIG pointing at a missing file).';
      if (c.path) return 'The file or directory given with -f is not there relative to the current directory (a CI step run elsewhere, a typo, .yml against .yaml).';
      if (c.noResources) return 'Commands such as get, delete and describe need a resource type (and usually a name) or a manifest with -f; a variable that expanded to nothing leaves kubectl with no argument.';
      if (c.lastApplied) return 'kubectl apply computes changes against the last-applied-configuration annotation. Objects made by kubectl create, helm or an operator lack it; apply patches it in now, and fields removed from the manifest are not removed from the object this once.';
      if (c.objectNs) return 'kubectl refuses to apply an object into a namespace other than the one written in its metadata; it does not silently move it.';
      if (c.noName) return 'Operations such as edit, label or rollout on a type need the object name (or --all, or a selector).';
      if (c.flags || c.flag) return 'The command stops before doing anything when a mandatory option is missing, or an option that takes a value is last on the line or followed by another option.';
      if (c.schema) return "kubectl's client-side validation reads the OpenAPI schema the API server publishes; a kubectl far from the cluster's version (more than one minor release) or a broken CRD schema makes it fail.";
      if (c.file) return 'With -f on a directory, kubectl reads only files with those extensions; a given file with another extension is refused.';
      if (c.noConfig) return 'No ~/.kube/config and no KUBECONFIG: the cluster credentials were never fetched on this machine or in this environment (sudo, another user, a container).';
      if (c.certKind) return `The kubeconfig points at ${c.certFile} instead of embedding the certificate, and that file is missing or unreadable here (the kubeconfig was copied from another machine, or minikube's profile moved).`;
      if (c.noMatching) return 'kubectl wait and similar commands found nothing to act on: the label selector matches no object yet (created later, or labelled differently) or the namespace is wrong.';
      if (c.unsupportedResource) return 'kubectl logs and exec need a pod name, type/name (deploy/web) or -f.';
      return 'The patch or object failed the API server\'s validation (status reason Invalid): the message names the field.';
    },
    causes: ['A command or manifest that does not match what exists', 'A kubeconfig that is missing or copied from another machine', 'Options left without their values'],
    fixes: (c) => {
      if (c.noContext) return [fix('Select a context, or fetch the credentials', [], 'kubectl config get-contexts\nkubectl config use-context <name>')];
      if (c.path) return [fix(`Point -f at an existing file instead of ${c.path}`, [], `ls -l ${c.path}\nkubectl apply -f ./<dir>/`)];
      if (c.noResources) return [fix('Name the type and object, or pass a manifest', [], 'kubectl get pods\nkubectl delete -f manifest.yaml')];
      if (c.lastApplied) return [fix('Create objects with apply (or --save-config) from now on', ['The warning is harmless; to avoid it, create with kubectl apply or kubectl create --save-config, or switch to server-side apply.'], 'kubectl apply --server-side -f manifest.yaml')];
      if (c.objectNs) return [fix(`Apply into ${c.objectNs}, or remove the namespace from the manifest`, [], `kubectl apply -f manifest.yaml -n ${c.objectNs}\n# or delete metadata.namespace and keep -n ${c.flagNs}`)];
      if (c.noName) return [fix('Name the object', [], 'kubectl get <type>\nkubectl edit <type> <name>')];
      if (c.flags) return [fix(`Pass ${c.flags}`, [], 'kubectl <command> --help')];
      if (c.flag) return [fix(`Give ${c.flag} its value`, [], 'kubectl get pods -n <namespace>')];
      if (c.schema) return [fix(`Use a kubectl within one minor version of the cluster (schema path ${c.schemaPath})`, [], 'kubectl version\nkubectl apply --validate=false -f manifest.yaml   # only to get past it')];
      if (c.file) return [fix(`Rename ${c.file} to .yaml`, [], `mv ${c.file} ${c.file.replace(/\.[^./]+$/, '')}.yaml`)];
      if (c.noConfig) return [fix('Fetch the cluster credentials or point KUBECONFIG at them', [], 'export KUBECONFIG=~/.kube/config\nls -l ~/.kube/config')];
      if (c.certKind) return [fix(`Restore ${c.certFile} or embed the certificate`, ['Copy the file to that path, or rewrite the kubeconfig with the data embedded.'], `ls -l ${c.certFile}\nkubectl config view --minify --flatten > ~/.kube/config.flat   # embeds the files, for ${c.certUser}`)];
      if (c.noMatching) return [fix('Check the selector and the namespace', [], 'kubectl get <type> -l <selector> -A --show-labels')];
      if (c.unsupportedResource) return [fix('Name the pod or the workload', [], 'kubectl logs deploy/<name>\nkubectl logs <pod> -c <container>')];
      return [fix('Fix the field the message names', [], 'kubectl apply --dry-run=server -f manifest.yaml')];
    },
    references: [ref('kubectl reference', `${K8S_DOCS}/reference/kubectl/`), ref('Kubernetes: Organizing cluster access using kubeconfig files', `${K8S_DOCS}/concepts/configuration/organize-cluster-access-kubeconfig/`)],
    samples: [
      'error: current-context is not set',
      'error: the path "deployment.yaml" does not exist',
      "error: the namespace from the provided object \"prod\" does not match the namespace \"default\". You must pass '--namespace=prod' to perform this operation.",
      'Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply.',
    ],
  },
  {
    id: 'k8s.discovery-unavailable',
    language: 'kubernetes',
    // client-go's discovery: an aggregated API (metrics) that does not answer while kubectl lists the APIs.
    match: /(?:couldn't get resource list for|unable to retrieve the complete list of server APIs:|failed to discover some groups: map\[) ?(?<group>[\w.-]{1,100}\/[\w.-]{1,20}): ?the server is currently unable to handle the request/,
    requires: /the server is currently unable to handle the request/,
    errorType: 'ServiceUnavailable',
    category: 'network',
    priority: 15,
    summary: (c) => `The aggregated API ${c.group} does not answer (ServiceUnavailable).`,
    explanation: (c) =>
      `kubectl (and any client-go program) lists every API group the cluster registers; ${c.group} is registered by an APIService whose backing service is down${/metrics\.k8s\.io/.test(c.group) ? ' (metrics-server not running, not ready, or not reachable from the API server)' : ''}. kubectl goes on with the other groups, so the command may still work; namespace deletion and garbage collection wait on it.`,
    causes: ['The service behind the APIService is not running', 'A leftover APIService of an uninstalled component', 'The control plane cannot reach the backing pod'],
    fixes: (c) => [fix(`Repair or remove the APIService for ${c.group}`, [], `kubectl get apiservice | grep ${c.group.split('/')[0]}\nkubectl describe apiservice ${c.group.split('/')[1]}.${c.group.split('/')[0]}\n# left from an uninstalled component:\nkubectl delete apiservice ${c.group.split('/')[1]}.${c.group.split('/')[0]}`)],
    references: [ref('Kubernetes: Resource metrics pipeline', `${K8S_DOCS}/tasks/debug/debug-cluster/resource-metrics-pipeline/`)],
    samples: ['E0105 10:00:00.000000   12345 memcache.go:287] couldn\'t get resource list for metrics.k8s.io/v1beta1: the server is currently unable to handle the request'],
  },
  // ---------------------------------------------------------------- auth plugins of the cloud providers
  {
    id: 'k8s.auth-provider',
    language: 'kubernetes',
    match:
      /no Auth Provider found for name "(?<provider>[\w-]{1,40})"|The (?<removed>gcp|azure) auth plugin has been removed|could not get token: (?<code>[A-Z]\w{2,60}): (?<detail>[^\n]{0,300})|getting credentials: decoding stdout: no kind "ExecCredential" is registered for version "(?<version>[^"\n]{1,100})"|getting credentials: exec: executable (?<plugin>[\w.-]{1,100}) failed with exit code (?<exit>\d{1,3})/,
    requires: /Auth Provider|auth plugin has been removed|could not get token|getting credentials/,
    errorType: (c) =>
      c.provider
        ? 'no Auth Provider found for name'
        : c.removed
          ? `The ${c.removed} auth plugin has been removed`
          : c.code
            ? c.code
            : c.version
              ? 'no kind "ExecCredential" is registered for version'
              : 'executable failed with exit code',
    category: 'configuration',
    // Above "Unable to connect to the server" around it.
    priority: 44,
    summary: (c) =>
      c.provider || c.removed
        ? `kubectl no longer has the built-in ${c.provider ?? c.removed} auth provider the kubeconfig uses.`
        : c.code
          ? `aws-iam-authenticator (or aws eks get-token) could not get a token: ${c.code}.`
          : c.version
            ? `The credential plugin answered with ExecCredential ${c.version}, which this kubectl cannot read.`
            : `The kubeconfig's credential plugin ${c.plugin} failed (exit code ${c.exit}).`,
    explanation: (c) => {
      if (c.provider || c.removed) return `Kubernetes 1.26 removed the in-tree gcp and azure auth providers from kubectl and client-go. A kubeconfig whose user has auth-provider: ${c.provider ?? c.removed} (written by an older gcloud or az) must use the exec plugins instead: gke-gcloud-auth-plugin for GKE, kubelogin for AKS.`;
      if (c.code) return `The plugin asks AWS STS for a signed token with the current AWS credentials. AWS refused (${c.code}${c.detail ? `: ${c.detail.slice(0, 160)}` : ''}): the credentials are missing or expired, or the role the kubeconfig assumes does not trust them.`;
      if (c.version) return `kubectl's exec plugin support and the plugin disagree on the API version: the plugin (an old aws-iam-authenticator or AWS CLI) still prints ${c.version}, which kubectl 1.24 and later no longer read.`;
      return `kubectl ran ${c.plugin} to get a token and it exited with ${c.exit}: the plugin's own error is printed above (expired cloud credentials, a profile or region that does not exist, no network to the cloud's API).`;
    },
    causes: ['A kubeconfig written by an older cloud CLI', 'A credential plugin that is missing, too old, or has no valid cloud credentials', 'A kubectl upgrade past 1.24 or 1.26'],
    fixes: (c) => {
      if (c.provider === 'gcp' || c.removed === 'gcp') return [fix('Install gke-gcloud-auth-plugin and rewrite the kubeconfig', [], 'gcloud components install gke-gcloud-auth-plugin\ngcloud container clusters get-credentials <cluster> --region <region>')];
      if (c.provider || c.removed) return [fix(`Switch the ${c.provider ?? c.removed} user to an exec plugin`, ['For AKS, install kubelogin and convert the kubeconfig.'], 'az aks install-cli\nkubelogin convert-kubeconfig -l azurecli')];
      if (c.code) return [fix(`Check the AWS identity the plugin uses (${c.code})`, [], 'aws sts get-caller-identity\naws eks update-kubeconfig --name <cluster> --region <region> --role-arn <role>')];
      if (c.version) return [fix(`Upgrade the plugin so it prints a version newer than ${c.version}`, [], 'aws --version\naws eks update-kubeconfig --name <cluster> --region <region>')];
      return [fix(`Run ${c.plugin} by hand to see its error`, [], `kubectl config view --minify -o jsonpath='{.users[0].user.exec}'\n${c.plugin} --help`)];
    },
    references: [ref('Kubernetes: client-go credential plugins', `${K8S_DOCS}/reference/access-authn-authz/authentication/#client-go-credential-plugins`), ref('GKE: Install kubectl and configure cluster access', 'https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl')],
    samples: ['error: no Auth Provider found for name "gcp"', 'could not get token: AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/eks-admin'],
  },
  // ---------------------------------------------------------------- kustomize
  {
    id: 'k8s.kustomize',
    language: 'kubernetes',
    match:
      /no matches for Id (?<id>[\w./:-]{1,253}\.\[[\w:.-]{1,80}\]); failed to find unique target for patch|may not add resource with an already registered id: (?<dupId>[\w./:~|-]{1,253}(?:\.\[[\w:.-]{1,80}\])?)|unable to find one of 'kustomization\.yaml', 'kustomization\.yml' or 'Kustomization' in directory '(?<dir>[^'\n]{1,300})'|security; file '(?<file>[^'\n]{1,300})' is not in or below '(?<root>[^'\n]{1,300})'|(?<invalid>invalid Kustomization): (?<detail>[^\n]{1,300})|id (?<missingId>[^\n]{1,200}?) does not exist; cannot merge or replace/,
    requires: /no matches for Id|already registered id|unable to find one of 'kustomization|is not in or below|invalid Kustomization|cannot merge or replace/,
    errorType: (c) =>
      c.id
        ? 'no matches for Id'
        : c.dupId
          ? 'may not add resource with an already registered id'
          : c.dir
            ? "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization'"
            : c.file
              ? 'is not in or below'
              : c.invalid
                ? 'invalid Kustomization'
                : 'cannot merge or replace',
    category: 'configuration',
    // Below kustomize's "accumulating resources" (k8s.tooling) that wraps these when a base fails.
    priority: 33,
    summary: (c) => {
      if (c.id) return `kustomize found no resource ${c.id} for a patch to apply to.`;
      if (c.dupId) return `kustomize got the resource ${c.dupId} twice.`;
      if (c.dir) return `${c.dir} has no kustomization file.`;
      if (c.file) return `kustomize refused to read ${c.file}: it is outside the kustomization's root ${c.root}.`;
      if (c.invalid) return `The kustomization file is not valid: ${c.detail}`;
      return `A generator merges into ${c.missingId}, which no base generates.`;
    },
    explanation: (c) => {
      if (c.id) return `A patch targets ${c.id} (kind.version.group/name.[namespace]) and no resource in the build has that identity: the name or kind differs, the base is not in resources, or the namespace does not match (a patch with a namespace against a resource without one, or one a namespace transformer set later).`;
      if (c.dupId) return `Two entries under resources (or a base listed twice, directly and through another overlay) produce the same kind, name and namespace: ${c.dupId}. kustomize refuses duplicates instead of choosing one.`;
      if (c.dir) return 'Every directory kustomize builds (the one given, and every base or component a kustomization lists) must contain kustomization.yaml, kustomization.yml or Kustomization. A file path given where a directory is expected, or a typo in the path, gives this too.';
      if (c.file) return "By default kustomize only reads files inside the kustomization's directory tree; a resource listed as ../ something outside it must be a kustomization directory itself (a base), not a bare file.";
      if (c.invalid) return 'The kustomization file does not match the Kustomization schema: a field with the wrong type (a string where a list is expected), or a field from another kustomize version.';
      return 'A configMapGenerator or secretGenerator with behavior: merge or replace must find a generator of the same name in a base; none generates it.';
    },
    causes: ['A patch or generator whose target name, kind or namespace differs from the base', 'A base listed twice', 'A path that is not a kustomization directory'],
    fixes: (c) => {
      if (c.id) return [fix(`Make the patch target match ${c.id}`, ["Build the base alone and compare the resource's kind, name and namespace with the patch's."], `kustomize build <base-dir> | grep -A3 'kind:'\nkustomize build <overlay-dir>`)];
      if (c.dupId) return [fix(`Keep ${c.dupId} in one place`, ['Remove the duplicate file or base from resources; use a patch to change a resource a base already has.'], 'kustomize build <overlay-dir> 2>&1 | head\ngrep -rn "name:" <overlay-dir>/kustomization.yaml')];
      if (c.dir) return [fix(`Add a kustomization to ${c.dir}, or point at the right directory`, [], `ls ${c.dir}\ncd ${c.dir} && kustomize create --autodetect`)];
      if (c.file) return [fix(`Move ${c.file} under ${c.root}, or make its directory a base`, ['Reference the directory holding it (with its own kustomization) instead of the file; or build with --load-restrictor LoadRestrictionsNone.'], `kustomize build --load-restrictor LoadRestrictionsNone ${c.root}`)];
      if (c.invalid) return [fix('Fix the field the message names', ['Compare with the kustomization reference for your kustomize version.'], 'kustomize version\nkustomize edit fix')];
      return [fix(`Generate ${c.missingId} in the base, or use behavior: create`, [], 'kustomize build <overlay-dir>')];
    },
    references: [KUSTOMIZE],
    samples: [
      'Error: no matches for Id Deployment.v1.apps/web.[noNs]; failed to find unique target for patch Deployment.v1.apps/web.[noNs]',
      'Error: may not add resource with an already registered id: Deployment.v1.apps/web.[noNs]',
      "Error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/me/app/overlays/prod'",
    ],
  },
  // ---------------------------------------------------------------- Flux
  {
    id: 'k8s.flux',
    language: 'kubernetes',
    match:
      /kustomization path not found: (?<pathDetail>[^\n"]{0,300})|(?<health>Health check failed after (?<after>[\w.]{1,30})|Health check timed out for \[)(?<objects>[^\n"]{0,300})|(?<op>install|upgrade|rollback|uninstall|test) retries exhausted|failed to checkout and determine revision: (?<checkout>[^\n"]{0,300})|dependency '(?<dependency>[\w.-]{1,253}\/[\w.-]{1,253})' is not ready|^(?:✗ )?timeout waiting for: \[(?<waiting>[^\n\]]{1,300})\]/m,
    requires: /kustomization path not found|Health check|retries exhausted|failed to checkout and determine revision|is not ready|timeout waiting for: /,
    errorType: (c) =>
      c.pathDetail !== undefined
        ? 'kustomization path not found'
        : c.health || c.waiting
          ? 'Health check failed'
          : c.op
            ? `${c.op} retries exhausted`
            : c.checkout !== undefined
              ? 'failed to checkout and determine revision'
              : 'dependency is not ready',
    category: 'configuration',
    // Above Go's file and network errors the details end with.
    priority: 36,
    summary: (c) => {
      if (c.pathDetail !== undefined) return "Flux's Kustomization points at a path that does not exist in the source's artifact.";
      if (c.health || c.waiting) return `Flux applied the resources, and they did not become ready in time${c.after ? ` (${c.after})` : ''}.`;
      if (c.op) return `helm-controller gave up: the HelmRelease's ${c.op} failed on every retry.`;
      if (c.checkout !== undefined) return 'source-controller could not clone or check out the Git repository.';
      return `Flux waits for its dependency ${c.dependency} to be ready first.`;
    },
    explanation: (c) => {
      if (c.pathDetail !== undefined) return `spec.path is relative to the root of the GitRepository (or OCI/Bucket) artifact, and ${c.pathDetail || 'that path'} is not in it: a typo, a path written relative to another directory, a branch where the directory does not exist yet, or an ignore rule (.sourceignore, spec.ignore) that left it out.`;
      if (c.health || c.waiting) return `With wait or healthChecks, kustomize-controller waits up to spec.timeout for every object to be Ready (kstatus): ${(c.objects ?? c.waiting ?? '').trim().slice(0, 200)}. An object still InProgress or Failed at the end (pods not ready, a HelmRelease that failed, a custom resource without status conditions) fails the reconciliation.`;
      if (c.op) return `helm-controller retried the Helm ${c.op} as many times as spec.${c.op === 'upgrade' ? 'upgrade' : 'install'}.remediation.retries allows, and it failed every time (the earlier events say why: timed out waiting for the condition, a template error, a hook that failed). It stops until the spec or the source changes.`;
      if (c.checkout !== undefined) return `The clone failed: ${c.checkout.slice(0, 200)}. Usually the deploy key or token in the GitRepository's secret is wrong or lacks access, the SSH host key changed (known_hosts), or the branch or tag does not exist.`;
      return `spec.dependsOn makes this Kustomization or HelmRelease wait until ${c.dependency} is Ready; that one is failing or still reconciling, so this one is not applied.`;
    },
    causes: ['A path, branch or secret in the Flux object that does not match the repository', 'Workloads that never become ready within the timeout', 'A failing release or dependency upstream'],
    fixes: (c) => {
      if (c.pathDetail !== undefined) return [fix('Point spec.path at a directory in the repository', ['Paths start at the repository root, e.g. ./clusters/production.'], 'flux get kustomizations -A\nflux get sources git -A\ngit ls-tree -d HEAD --name-only clusters/')];
      if (c.health || c.waiting) return [fix('See which objects are not ready and why', [], `flux get kustomizations -A\nkubectl get pods -A | grep -v Running\nflux events --for Kustomization/<name>${c.waiting ? `   # waiting for ${c.waiting.slice(0, 80)}` : ''}`)];
      if (c.op) return [fix(`Read the failed ${c.op}, fix it, then reset the release`, ['The helm-controller events before this one name the failure.'], `flux events --for HelmRelease/<name> -n <namespace>\nflux suspend helmrelease <name> -n <namespace> && flux resume helmrelease <name> -n <namespace>`)];
      if (c.checkout !== undefined) return [fix("Check the repository URL, branch and the source's secret", [], 'flux get sources git -A\nkubectl -n flux-system get secret flux-system -o yaml\nflux create secret git flux-system --url=<ssh-url>   # new deploy key')];
      return [fix(`Fix ${c.dependency} first`, [], `flux get kustomizations -A | grep ${c.dependency?.split('/')[1] ?? ''}`)];
    },
    references: [FLUX],
    samples: [
      '✗ Kustomization reconciliation failed: kustomization path not found: stat /tmp/kustomization-2830199574/clusters/production: no such file or directory',
      "Health check failed after 2m0.013489487s, timeout waiting for: [HelmRelease/wpb-services/httpbin status: 'InProgress']",
      '  Warning  error  1m  helm-controller  install retries exhausted',
    ],
  },
  // ---------------------------------------------------------------- Argo CD
  {
    id: 'k8s.argocd',
    language: 'kubernetes',
    // An application's condition or sync message. Low priority: a more specific error inside (kustomize's,
    // Helm's, the API server's) is what the report is about.
    match:
      /(?<![\w$])(?<condition>ComparisonError|InvalidSpecError|SyncError|OrphanedResourceWarning|SharedResourceWarning|RepeatedResourceWarning|ExcludedResourceWarning):? (?<detail>[^\n]{0,400})|(?<phrase>one or more objects failed to apply|one or more synchronization tasks are not valid|one or more synchronization tasks completed unsuccessfully)(?<phraseDetail>[^\n]{0,300})|rpc error: code = (?<code>PermissionDenied|Unauthenticated) desc = (?<grpc>(?:permission denied: (?:applications|projects|clusters|repositories|applicationsets)|invalid session|no session information)[^\n]{0,300})/,
    requires: /Error:? |Warning:? |one or more |rpc error: code = (?:PermissionDenied|Unauthenticated)/,
    errorType: (c) => c.condition ?? c.phrase ?? c.code,
    category: 'configuration',
    priority: 12,
    summary: (c) =>
      c.code
        ? `The Argo CD API refused the request (${c.code}): ${c.grpc}`
        : `Argo CD reports ${c.condition ?? c.phrase}${(c.detail ?? c.phraseDetail ?? '').trim() ? `: ${(c.detail ?? c.phraseDetail ?? '').replace(/^[,:]\s*/, '').trim().slice(0, 200)}` : ''}.`,
    explanation: (c) => {
      if (c.condition === 'ComparisonError') return "Argo CD could not compare the application's desired state with the cluster: generating the manifests (helm template, kustomize build, a plugin) failed in the repo server, or the live state could not be read. The message after it is the generator's error.";
      if (c.condition === 'InvalidSpecError') return "The Application's spec is not allowed or not usable: its source repository or destination cluster and namespace are not permitted by its AppProject, the repository is not registered, or the path does not exist.";
      if (c.condition === 'SyncError') return 'The sync operation failed; the message names the resource or hook that failed.';
      if (c.condition) return `Argo CD found a resource problem (${c.condition}): the same resource managed by two applications, an orphaned or excluded resource.`;
      if (c.code) return `Argo CD's RBAC (argocd-rbac-cm) does not give this account the permission, or its session token expired; log in again or grant the policy.`;
      return "Argo CD applied the manifests with kubectl and the API server rejected some of them; the reason after it is the API server's (a validation error, a webhook, a missing CRD).";
    },
    causes: ['A manifest generator (Helm, kustomize) failing in the repo server', 'An AppProject that does not allow the source or destination', 'Objects the API server rejects on apply'],
    fixes: (c) => [
      c.code
        ? fix('Log in again, or grant the RBAC policy', [], 'argocd login <server> --sso\nkubectl -n argocd get cm argocd-rbac-cm -o yaml')
        : c.condition === 'InvalidSpecError'
          ? fix("Allow the source and destination in the application's project", [], 'argocd proj get <project>\nargocd proj add-source <project> <repo-url>\nargocd proj add-destination <project> <server> <namespace>')
          : fix('Render the manifests the way Argo CD does and read the first error', ['Run the generator locally on the same revision; hard-refresh the application once fixed (the repo server caches manifests).'], 'argocd app get <app> --hard-refresh\nhelm template <chart-path> | head\nkustomize build <path> | head\nargocd app diff <app>'),
    ],
    references: [ARGOCD],
    samples: [
      "InvalidSpecError: application repo https://github.com/org/manifests.git is not permitted in project 'team-a'",
      'one or more synchronization tasks are not valid (retried 5 times).',
    ],
  },
  // ---------------------------------------------------------------- local clusters
  {
    id: 'k8s.local-cluster',
    language: 'kubernetes',
    match:
      /could not find a log line that matches "(?<logLine>[^"\n]{1,200})"|(?<rootless>running kind with rootless provider requires cgroup v2)|image: "(?<image>[^"\n]{1,300})" not present locally|Failed to create cluster '(?<k3dCluster>[\w.-]{1,63})' because a cluster with that name already exists|(?<notRunning>[Mm]icro[Kk]8s is not running)|(?<permissions>Insufficient permissions to access MicroK8s)/,
    requires: /could not find a log line|rootless provider requires cgroup v2|not present locally|a cluster with that name already exists|[Mm]icro[Kk]8s is not running|Insufficient permissions to access MicroK8s/,
    errorType: (c) =>
      c.logLine
        ? 'could not find a log line that matches'
        : c.rootless
          ? 'running kind with rootless provider requires cgroup v2'
          : c.image
            ? 'not present locally'
            : c.k3dCluster
              ? 'a cluster with that name already exists'
              : c.notRunning
                ? 'microk8s is not running'
                : 'Insufficient permissions to access MicroK8s',
    category: 'configuration',
    priority: 36,
    summary: (c) => {
      if (c.logLine) return "kind's node container did not start its init system: the log line kind waits for never appeared.";
      if (c.rootless) return 'kind in rootless Docker or Podman needs the host on cgroup v2.';
      if (c.image) return `kind load found no local image ${c.image}.`;
      if (c.k3dCluster) return `k3d already has a cluster called ${c.k3dCluster}.`;
      if (c.notRunning) return "MicroK8s's services are not running.";
      return 'This user may not talk to MicroK8s.';
    },
    explanation: (c) => {
      if (c.logLine) return 'kind starts each node as a privileged container running systemd and waits for it to log that it reached its target. The container exited or hung first: a node image too old for the host\'s cgroup v2, too little memory or disk for Docker, inotify or file-descriptor limits too low for several nodes, or a Docker Desktop resource limit (docker logs of the node shows which).';
      if (c.rootless) return 'Rootless providers can delegate cgroups to the user only on the unified cgroup v2 hierarchy (and with systemd delegation for cpu, cpuset and io).';
      if (c.image) return `kind load docker-image copies an image from the host's Docker into the nodes; ${c.image} is not in the local image store (built with another builder, or another tag, or pulled for another platform).`;
      if (c.k3dCluster) return 'k3d names the cluster\'s containers and network after the cluster; an earlier one with this name (running or stopped) still exists.';
      if (c.notRunning) return 'The microk8s snap services (the API server kicker, kubelite, containerd) are stopped or failing: after a reboot with low disk space, a snap refresh, or a port already in use.';
      return "MicroK8s's commands need root or membership of the microk8s group; a user just added to the group gets it only in a new login session.";
    },
    causes: ['A local cluster tool and host set-up that do not fit (cgroups, resources, permissions)', 'Leftovers of an earlier cluster', 'An image only in another builder'],
    fixes: (c) => {
      if (c.logLine) return [fix('Read the node container\'s log, and give Docker more resources', [], `docker logs kind-control-plane 2>&1 | tail -30\nsudo sysctl fs.inotify.max_user_watches=524288 fs.inotify.max_user_instances=512\nkind create cluster --image kindest/node:<version matching your kind release>   # waited for: ${c.logLine.slice(0, 60)}`)];
      if (c.rootless) return [fix('Boot the host with cgroup v2 and delegate the controllers', [], 'stat -fc %T /sys/fs/cgroup   # cgroup2fs\nsudo mkdir -p /etc/systemd/system/user@.service.d\nprintf "[Service]\\nDelegate=yes\\n" | sudo tee /etc/systemd/system/user@.service.d/delegate.conf')];
      if (c.image) return [fix(`Build or tag ${c.image} in the local Docker, then load it`, [], `docker images | grep ${c.image.split(':')[0].split('/').pop()}\ndocker buildx build --load -t ${c.image} .\nkind load docker-image ${c.image}`)];
      if (c.k3dCluster) return [fix(`Delete or reuse the cluster ${c.k3dCluster}`, [], `k3d cluster list\nk3d cluster delete ${c.k3dCluster}\nk3d cluster create ${c.k3dCluster}`)];
      if (c.notRunning) return [fix('Inspect and start MicroK8s', [], 'microk8s inspect\nsudo snap restart microk8s\nmicrok8s status --wait-ready')];
      return [fix('Add the user to the microk8s group and log in again', [], 'sudo usermod -a -G microk8s $USER\nsudo chown -R $USER ~/.kube\nnewgrp microk8s')];
    },
    references: [ref('kind: Known issues', 'https://kind.sigs.k8s.io/docs/user/known-issues/'), ref('MicroK8s: Troubleshooting', 'https://microk8s.io/docs/troubleshooting')],
    samples: [
      'ERROR: failed to create cluster: could not find a log line that matches "Reached target .*Multi-User System.*|detected cgroup v1"',
      'microk8s is not running. Use microk8s inspect for a deeper inspection.',
      "Insufficient permissions to access MicroK8s.\nYou can either try again with sudo or add the user ubuntu to the 'microk8s' group:",
    ],
  },
  // ---------------------------------------------------------------- Istio and Envoy
  {
    id: 'k8s.envoy-upstream',
    language: 'kubernetes',
    // Envoy's local replies (Istio sidecars and gateways, Contour, Emissary) and Istio's authorization denial.
    match:
      /(?<connect>upstream connect error or disconnect\/reset before headers)\.?(?:\s{0,3}(?:retried and the latest )?reset reason: (?<reason>[^,\n]{1,100}))?(?:, transport failure reason: (?<transport>[^\n]{1,200}))?|^(?<phrase>no healthy upstream|upstream request timeout|RBAC: access denied)[ \t]*$|(?<notReady>Envoy proxy is NOT ready): (?<notReadyDetail>[^\n]{0,300})/m,
    requires: /upstream|RBAC: access denied|Envoy proxy is NOT ready/,
    errorType: (c) => (c.connect ? 'upstream connect error or disconnect/reset before headers' : (c.phrase ?? 'Envoy proxy is NOT ready')),
    category: 'network',
    // Below the kubelet's Unhealthy event row (its readiness message names Envoy too).
    priority: 33,
    summary: (c) => {
      if (c.connect) return `The Envoy proxy could not get a response from the upstream service${c.reason ? ` (${c.reason}${c.transport ? `: ${c.transport}` : ''})` : ''}.`;
      if (c.phrase === 'no healthy upstream') return 'Envoy has no healthy endpoint for the destination: every instance is missing, unready or ejected.';
      if (c.phrase === 'upstream request timeout') return 'Envoy gave up waiting for the upstream service to answer (its route timeout).';
      if (c.phrase === 'RBAC: access denied') return "Istio's authorization policy denied the request.";
      return "The Istio sidecar is not ready: it has not received its configuration from istiod.";
    },
    explanation: (c) => {
      if (c.connect) return `The sidecar or gateway connected (or tried) to the destination pod and the connection failed or was reset before any response header. ${/connection failure|111|refused/.test(`${c.reason ?? ''}${c.transport ?? ''}`) ? 'Connection refused: nothing listens on the target port in the pod (a wrong targetPort, the app binding only 127.0.0.1, or still starting).' : /TLS|tls|certificate|protocol error/.test(`${c.reason ?? ''}${c.transport ?? ''}`) ? 'A TLS or protocol mismatch: mTLS expected on one side and not the other (PeerAuthentication STRICT against a pod without a sidecar, a DestinationRule with the wrong tls mode), or HTTP/2 against an HTTP/1 port.' : 'Usually the app is not listening on the port the Service names, a port name declares the wrong protocol (http vs grpc, tcp), or mTLS settings disagree between client and server.'}`;
      if (c.phrase === 'no healthy upstream') return "The cluster (service) Envoy routes to has no endpoint it considers healthy: the Service selects no ready pod, the DestinationRule's subset selects no pod (a version label that does not exist), or outlier detection ejected them all.";
      if (c.phrase === 'upstream request timeout') return 'The route\'s timeout (a VirtualService timeout, 15 s by default for Envoy routes without one) passed before the upstream answered: a slow backend or one that never answers.';
      if (c.phrase === 'RBAC: access denied') return "An AuthorizationPolicy applies to the workload, and no ALLOW rule matched the request (or a DENY rule did). It comes from Istio's RBAC filter, not from Kubernetes RBAC.";
      return `The sidecar's readiness probe reports that Envoy has no listeners or clusters from istiod yet (${(c.notReadyDetail ?? '').slice(0, 160)}): istiod is unreachable from the pod, or its certificates are not trusted.`;
    },
    causes: ['The app not listening on the Service port, or a port protocol mismatch', 'mTLS settings that disagree between client and server', 'No ready pod behind the service or DestinationRule subset', 'An AuthorizationPolicy without a matching ALLOW rule'],
    fixes: (c) => [
      c.phrase === 'RBAC: access denied'
        ? fix('Find the AuthorizationPolicy for the workload', [], 'kubectl get authorizationpolicies -A\nistioctl x authz check <pod>.<namespace>')
        : c.notReady
          ? fix('Check istiod and the sidecar\'s connection to it', [], 'kubectl -n istio-system get pods -l app=istiod\nistioctl proxy-status\nkubectl logs <pod> -c istio-proxy | tail -30')
          : fix('Check the endpoints and the ports Envoy uses', ['Compare the Service\'s targetPort and port name with what the app listens on; look at the proxy\'s view of the cluster.'], 'istioctl proxy-config endpoints <client-pod> | grep <service>\nistioctl analyze -n <namespace>\nkubectl get endpoints <service> -n <namespace>\nkubectl logs <client-pod> -c istio-proxy | tail -20'),
    ],
    references: [ISTIO, ref('Envoy: response code details', 'https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details')],
    samples: [
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
      '$ curl -v http://my-app.example.com/\n< HTTP/1.1 503 Service Unavailable\n< server: istio-envoy\nno healthy upstream',
      '$ curl http://reviews:9080/\nRBAC: access denied',
    ],
  },
  // ---------------------------------------------------------------- cert-manager
  {
    id: 'k8s.cert-manager',
    language: 'kubernetes',
    match:
      /Waiting for (?<challenge>HTTP-01|DNS-01) challenge propagation: (?<detail>[^\n]{0,300})|(?<selfCheck>propagation check failed)"?[^\n]{0,20}?(?:"error"="|error=)(?<selfDetail>[^\n]{0,300})|Referenced \\?"(?<issuerKind>Issuer|ClusterIssuer)\\?" not found: (?<issuerDetail>[^\n]{0,200})|(?<issuerNotReady>Referenced issuer does not have a Ready status condition)|(?<order>order is in \\?"invalid\\?" state)|(?<presenting>Error presenting challenge): (?<presentDetail>[^\n]{0,300})|(?<cleanup>Error cleaning up challenge): (?<cleanupDetail>[^\n]{0,300})|(?<initIssuer>Error initializing issuer): (?<initDetail>[^\n]{0,300})|(?<keypair>Error getting keypair for CA issuer): (?<keypairDetail>[^\n]{0,300})/,
    requires: /challenge propagation|propagation check failed|Referenced |order is in |challenge: |Error initializing issuer|keypair for CA issuer/,
    errorType: (c) =>
      c.challenge
        ? `Waiting for ${c.challenge} challenge propagation`
        : c.selfCheck
          ? 'propagation check failed'
          : c.issuerKind
            ? 'IssuerNotFound'
            : c.issuerNotReady
              ? 'IssuerNotReady'
              : c.order
                ? 'order is in "invalid" state'
                : c.presenting
                  ? 'Error presenting challenge'
                  : c.cleanup
                    ? 'Error cleaning up challenge'
                    : c.initIssuer
                      ? 'ErrInitIssuer'
                      : 'ErrGetKeyPair',
    category: 'configuration',
    // Above Go's network errors in the detail; below the ACME problem types (k8s.acme-error) and event rows.
    priority: 33,
    summary: (c) => {
      if (c.challenge || c.selfCheck) return `cert-manager's own check of the ${c.challenge ?? 'ACME'} challenge fails, so it has not asked the CA to validate yet.`;
      if (c.issuerKind) return `The ${c.issuerKind} the certificate refers to does not exist: ${c.issuerDetail}`;
      if (c.issuerNotReady) return 'The issuer the certificate refers to is not Ready.';
      if (c.order) return 'The ACME order failed: the CA could not validate one of its challenges.';
      if (c.presenting || c.cleanup) return `cert-manager could not ${c.presenting ? 'create' : 'remove'} the challenge record or solver: ${c.presentDetail ?? c.cleanupDetail}`;
      if (c.initIssuer) return `cert-manager could not initialise the issuer: ${c.initDetail}`;
      return `The CA issuer's key pair cannot be read: ${c.keypairDetail}`;
    },
    explanation: (c) => {
      if (c.challenge === 'HTTP-01' || c.selfCheck) return `Before asking the CA, cert-manager fetches http://<domain>/.well-known/acme-challenge/<token> itself, from inside the cluster, and it did not get the token (${(c.detail ?? c.selfDetail ?? '').slice(0, 200)}). The domain does not resolve from the cluster, resolves to a load balancer that cannot be reached from inside (hairpin NAT), the ingress class of the solver does not match the controller, or a redirect to HTTPS or an auth layer answers instead of the solver.`;
      if (c.challenge === 'DNS-01') return `cert-manager created the _acme-challenge TXT record and is waiting to see it on the domain's authoritative nameservers (${(c.detail ?? '').slice(0, 160)}): the record went to another zone, propagation is slow, or the cluster's DNS (split-horizon) cannot see the public records.`;
      if (c.issuerKind) return `A Certificate's issuerRef (or the cert-manager.io/${c.issuerKind === 'ClusterIssuer' ? 'cluster-issuer' : 'issuer'} annotation of an Ingress) names a${c.issuerKind === 'Issuer' ? 'n Issuer, which must be in the same namespace as the Certificate' : ' ClusterIssuer'}, and there is none with that name. The kind may be wrong (Issuer vs ClusterIssuer) or the issuer was never created.`;
      if (c.issuerNotReady) return "The issuer exists but its Ready condition is not True: its ACME account could not be registered, its CA secret is missing, or its Vault or cloud connection fails. Describe it for the reason.";
      if (c.order) return 'An ACME order becomes invalid as soon as one of its authorizations fails (the CA fetched the wrong content or could not connect). cert-manager retries with a new order after a back-off; the Challenge\'s reason gives the CA\'s answer.';
      if (c.presenting || c.cleanup) return 'For DNS-01, the DNS provider\'s API refused or failed (credentials, permissions, a zone that is not found); for HTTP-01, the solver pod, service or ingress could not be created.';
      if (c.initIssuer) return 'The issuer refers to a secret or an endpoint it cannot use: a CA secret that does not exist in the right namespace (cert-manager\'s own namespace for a ClusterIssuer), or an ACME server that cannot be reached.';
      return "A CA issuer reads tls.crt and tls.key from the secret it names; for a ClusterIssuer the secret must be in cert-manager's cluster resource namespace (cert-manager by default).";
    },
    causes: ['DNS or the ingress path not reaching the solver from inside the cluster', 'An issuer reference with the wrong name or kind', 'Credentials or secrets of the issuer that are missing or wrong'],
    fixes: (c) => [
      c.challenge || c.selfCheck || c.order
        ? fix('Follow the chain from Certificate to Challenge', ['Describe the challenge for its reason; test the challenge URL (or TXT record) from inside the cluster.'], 'kubectl get certificate,certificaterequest,order,challenge -A\nkubectl describe challenge -n <namespace> <challenge>\nkubectl run -it --rm curl --image=curlimages/curl -- curl -sv http://<domain>/.well-known/acme-challenge/test\ndig TXT _acme-challenge.<domain> @8.8.8.8')
        : c.issuerKind
          ? fix(`Create the ${c.issuerKind}, or fix the reference`, [`List the issuers and compare name and kind with the Certificate's issuerRef (${(c.issuerDetail ?? '').slice(0, 80)}).`], 'kubectl get clusterissuers,issuers -A\nkubectl get certificate -A -o jsonpath=\'{range .items[*]}{.metadata.name}{" "}{.spec.issuerRef}{"\\n"}{end}\'')
          : fix('Describe the issuer and check its secret', [], 'kubectl describe clusterissuer <name>\nkubectl -n cert-manager get secrets\nkubectl -n cert-manager logs deploy/cert-manager | tail -30'),
    ],
    references: [ACME_TROUBLESHOOTING, CERT_MANAGER],
    samples: [
      "  Reason:      Waiting for HTTP-01 challenge propagation: wrong status code '404', expected '200'",
      'Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io "letsencrypt-prod" not found',
    ],
  },
  {
    id: 'k8s.acme-error',
    language: 'kubernetes',
    // ACME problem types the cluster patterns' ACME entry does not list, as cert-manager reports them.
    match: /(?<status>\d{3}) urn:(?:ietf:params:)?acme:error:(?<type>invalidEmail|unsupportedContact|malformed|badNonce|accountDoesNotExist|externalAccountRequired|orderNotReady|serverInternal|badCSR|incorrectResponse|tls|userActionRequired|badSignatureAlgorithm|compound):? (?<detail>[^\n]{0,300})/,
    requires: /acme:error:/,
    errorType: (c) => c.type,
    category: 'configuration',
    priority: 40,
    summary: (c) => `The ACME CA refused the request (${c.type}, HTTP ${c.status}): ${c.detail}`,
    explanation: (c) => ACME_MORE[c.type] ?? 'The ACME CA answered with this problem type.',
    causes: ["An Issuer's ACME settings the CA does not accept (e-mail, account key, external account binding)", 'A request the CA refuses for the names it contains'],
    fixes: (c) => [
      fix(`Fix the Issuer for ${c.type}`, [c.type === 'invalidEmail' ? 'Set spec.acme.email to a real address at a real domain.' : c.type === 'externalAccountRequired' ? 'Add spec.acme.externalAccountBinding (keyID and the HMAC key secret) from the CA.' : 'Describe the issuer and the order for the full problem document; correct the issuer or the names.'], 'kubectl describe clusterissuer <name>\nkubectl get orders -A\nkubectl -n cert-manager logs deploy/cert-manager | grep -i acme | tail -20'),
    ],
    references: [ACME_TROUBLESHOOTING, ref('RFC 8555: ACME errors', 'https://www.rfc-editor.org/rfc/rfc8555#section-6.7')],
    samples: ['Failed to register ACME account: 400 urn:ietf:params:acme:error:invalidEmail: Error creating new account :: contact email "admin@example.com" has forbidden domain "example.com"'],
  },
  // ---------------------------------------------------------------- ingress controllers
  {
    id: 'k8s.ingress-controllers',
    language: 'kubernetes',
    match:
      /(?<build>Failed build model due to) (?<buildDetail>[^\n]{1,300})|(?<deploy>Failed deploy model due to) (?<deployDetail>[^\n]{1,300})|(?<ingressClass>ingress does not contain a valid IngressClass)|Error obtaining Endpoints for Service "(?<service>[^"\n]{1,253})"|local SSL certificate (?<certificate>[\w.-]{1,253}\/[\w.-]{1,253}) was not found/,
    requires: /model due to|valid IngressClass|Error obtaining Endpoints|local SSL certificate/,
    errorType: (c) =>
      c.build ? 'FailedBuildModel' : c.deploy ? 'FailedDeployModel' : c.ingressClass ? 'ingress does not contain a valid IngressClass' : c.service ? 'Error obtaining Endpoints for Service' : 'local SSL certificate was not found',
    category: 'configuration',
    priority: 33,
    summary: (c) => {
      if (c.build) return `The AWS Load Balancer Controller could not build the load balancer for the Ingress or Service: ${c.buildDetail}`;
      if (c.deploy) return `AWS refused to create or change the load balancer: ${c.deployDetail}`;
      if (c.ingressClass) return 'ingress-nginx ignores the Ingress: it names no IngressClass this controller handles.';
      if (c.service) return `ingress-nginx has no endpoints for the Service ${c.service}.`;
      return `ingress-nginx could not find the TLS secret ${c.certificate} and serves its default certificate.`;
    },
    explanation: (c) => {
      if (c.build) return /subnet/.test(c.buildDetail ?? '') ? 'The controller discovers subnets by tags: kubernetes.io/role/elb=1 for internet-facing and kubernetes.io/role/internal-elb=1 for internal load balancers (and the cluster tag on older versions). None of the VPC\'s subnets carry them, and the Ingress names none with alb.ingress.kubernetes.io/subnets.' : /certificate/.test(c.buildDetail ?? '') ? 'An HTTPS listener needs an ACM certificate; the controller found none matching the Ingress hosts (certificate discovery) and none named in alb.ingress.kubernetes.io/certificate-arn.' : 'An annotation or spec value of the Ingress (or Service) is invalid or refers to something that does not exist.';
      if (c.deploy) return "The controller's IAM role (IRSA) lacks a permission its policy should grant (the policy of an older controller version), or AWS refused for a quota or conflict.";
      if (c.ingressClass) return 'Since Kubernetes 1.22 and ingress-nginx 1.0, the controller only takes Ingresses whose spec.ingressClassName (or the old kubernetes.io/ingress.class annotation) names its IngressClass (nginx by default), unless --watch-ingress-without-class is set.';
      if (c.service) return 'The Ingress backend names a Service the controller does not see: it does not exist in the Ingress\'s namespace, or it is an ExternalName or headless service the controller cannot resolve.';
      return "The Ingress's tls.secretName names a secret that does not exist in its namespace (cert-manager not done yet, a typo, or a secret in another namespace), so the default fake certificate is served.";
    },
    causes: ['Missing subnet tags or IAM permissions for the AWS Load Balancer Controller', 'An Ingress without the ingressClassName the controller watches', 'A Service or TLS secret name that does not exist in the namespace'],
    fixes: (c) => {
      if (c.build || c.deploy) return [fix('Fix the subnets, certificate or IAM policy the message names', ['Tag the subnets, name a certificate, or update the controller\'s IAM policy to the one of its version.'], 'aws ec2 create-tags --resources <subnet-id> --tags Key=kubernetes.io/role/elb,Value=1\nkubectl -n kube-system logs deploy/aws-load-balancer-controller | tail -30\nkubectl describe ingress <name>')];
      if (c.ingressClass) return [fix('Set spec.ingressClassName', [], 'kubectl get ingressclass\nkubectl patch ingress <name> -p \'{"spec":{"ingressClassName":"nginx"}}\'')];
      if (c.service) return [fix(`Create ${c.service} or fix the backend's name`, [], `kubectl get svc -n ${c.service.split('/')[0]}\nkubectl get ingress -A -o wide`)];
      return [fix(`Create the secret ${c.certificate} (or let cert-manager issue it)`, [], `kubectl get secret -n ${(c.certificate ?? '').split('/')[0]} ${(c.certificate ?? '').split('/')[1] ?? ''}\nkubectl get certificate -n ${(c.certificate ?? '').split('/')[0]}`)];
    },
    references: [ref('AWS Load Balancer Controller: Subnet discovery', 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/'), ref('ingress-nginx: Troubleshooting', 'https://kubernetes.github.io/ingress-nginx/troubleshooting/')],
    samples: [
      'Failed build model due to couldn\'t auto-discover subnets: unable to resolve at least one subnet (0 match VPC and tags: [kubernetes.io/role/elb])',
      'I0112 10:11:12.123456       7 store.go:429] "Ignoring ingress because of error while validating ingress class" ingress="default/web" error="ingress does not contain a valid IngressClass"',
    ],
  },
  // ---------------------------------------------------------------- Helm and the kubelet, more wordings
  {
    id: 'k8s.helm-more',
    language: 'kubernetes',
    match:
      /Unable to continue with (?:install|update|upgrade): (?<kind>\w{1,60}) "(?<name>[^"\n]{1,253})" in namespace "(?<namespace>[^"\n]{0,253})" exists and cannot be imported into the current release(?<ownership>[^\n]{0,300})|chart "(?<chart>[^"\n]{1,200})" (?:matching (?<version>[^\s]{1,60}) |version "(?<version2>[^"\n]{1,60})" )?not found in (?<repo>[^\s]{1,300}?) (?:index|repository)/,
    requires: /exists and cannot be imported into the current release|not found in /,
    errorType: (c) => (c.name ? 'resource already exists' : 'not found in index'),
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.name ? `Helm will not take over the ${c.kind} ${c.name}: it already exists in ${c.namespace || 'the cluster'} and another release (or no release) owns it.` : `The chart ${c.chart}${c.version ?? c.version2 ? ` ${c.version ?? c.version2}` : ''} is not in the ${c.repo} repository index Helm has.`),
    explanation: (c) =>
      c.name
        ? `Helm 3 only adopts an existing object whose labels and annotations name this release (app.kubernetes.io/managed-by: Helm, meta.helm.sh/release-name and release-namespace). ${c.kind} ${c.name} was created by hand, by another tool, or by another release${(c.ownership ?? '').trim() ? ` (${(c.ownership ?? '').replace(/^[:;\s]+/, '').slice(0, 200)})` : ''}.`
        : 'Helm reads chart versions from its local copy of the repository index: the version does not exist (a typo, or removed from the repository), or the local index is older than the chart release.',
    causes: (c) => (c.name ? ['An object created before Helm managed it, or by another release', 'Two charts that both create the same object'] : ['A local repository index that is out of date', 'A chart name or version that does not exist in that repository']),
    fixes: (c) =>
      c.name
        ? [fix(`Let this release adopt ${c.kind} ${c.name}, or delete it`, ['Add the ownership label and annotations the message asks for (or delete the object if nothing else uses it), then run Helm again.'], `kubectl -n ${c.namespace || 'default'} label ${c.kind.toLowerCase()} ${c.name} app.kubernetes.io/managed-by=Helm\nkubectl -n ${c.namespace || 'default'} annotate ${c.kind.toLowerCase()} ${c.name} meta.helm.sh/release-name=<release> meta.helm.sh/release-namespace=${c.namespace || 'default'}`)]
        : [fix(`Update the index and list the versions of ${c.chart}`, [`Pick a version the repository has instead of ${c.version ?? c.version2 ?? 'the one asked for'}.`], `helm repo update\nhelm search repo ${c.chart} --versions | head`)],
    references: [ref('Helm: helm install', 'https://helm.sh/docs/helm/helm_install/'), ref('Helm: helm repo update', 'https://helm.sh/docs/helm/helm_repo_update/')],
    samples: [
      'Error: INSTALLATION FAILED: Unable to continue with install: ServiceAccount "web" in namespace "default" exists and cannot be imported into the current release: invalid ownership metadata; label validation error: missing key "app.kubernetes.io/managed-by": must be set to "Helm"',
      "Error: INSTALLATION FAILED: chart \"postgresql\" matching 99.0.0 not found in bitnami index. (try 'helm repo update'): no chart version found for postgresql-99.0.0",
    ],
  },
  {
    id: 'k8s.kubelet-log-states',
    language: 'kubernetes',
    // The kubelet's own log of a failed pull (the event row is k8s.imagepullbackoff's), and a container's
    // terminated state in kubectl describe.
    match:
      /"PullImage from image service failed" err="(?<pullError>[^\n]{0,400}?)" image="(?<image>[^"\n]{1,300})"|^[ \t]{0,12}(?:Last )?State:[ \t]{1,30}Terminated[ \t]*\n[ \t]{0,16}Reason:[ \t]{1,30}(?<reason>Error|Completed|DeadlineExceeded)[ \t]*$(?:\n[ \t]{0,16}(?:Message:[^\n]{0,300}\n[ \t]{0,16})?Exit Code:[ \t]{1,30}(?<exitCode>-?\d{1,4}))?/m,
    requires: /PullImage from image service failed|Terminated/,
    errorType: (c) => (c.image ? 'ErrImagePull' : c.reason),
    category: 'runtime',
    priority: 35,
    summary: (c) => (c.image ? `The kubelet could not pull the image ${c.image}.` : `The container terminated: ${c.reason}${c.exitCode ? ` (exit code ${c.exitCode})` : ''}.`),
    explanation: (c) =>
      c.image
        ? `The container runtime failed the pull (${(c.pullError ?? '').replace(/\\"/g, '"').slice(0, 240)}): the image name or tag does not exist, the registry needs credentials the pod does not have (imagePullSecrets), or the node cannot reach the registry.`
        : c.reason === 'Completed'
          ? 'The process exited with 0. For a long-running workload that means its command does not stay in the foreground, and the kubelet restarts it until the pod is in CrashLoopBackOff.'
          : `The process exited with ${c.exitCode ? `code ${c.exitCode}` : 'a non-zero code'}${c.exitCode === '1' ? ' (an application error)' : c.exitCode === '127' ? ' (command not found in the image)' : c.exitCode === '126' ? ' (the command is not executable)' : c.exitCode === '139' ? ' (a segmentation fault)' : c.exitCode === '143' ? ' (SIGTERM: it was stopped)' : ''}; the logs of that run say why.`,
    causes: (c) => (c.image ? ['A wrong image name or tag', 'A private registry without imagePullSecrets', 'No network from the node to the registry'] : ['The application failing at start-up (configuration, a dependency it cannot reach)', 'A command that is missing or exits at once']),
    fixes: (c) =>
      c.image
        ? [fix(`Check that ${c.image} exists and the node may pull it`, [], `docker manifest inspect ${c.image}\nkubectl get pod <pod> -o jsonpath='{.spec.imagePullSecrets}'\n# on the node:\ncrictl pull ${c.image}`)]
        : [fix('Read the logs of the terminated run', [], 'kubectl logs <pod> --previous\nkubectl describe pod <pod>')],
    references: [ref('Kubernetes: Debug pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`), ref('Kubernetes: Images', `${K8S_DOCS}/concepts/containers/images/`)],
    samples: [
      'E0601 10:00:00.123456    1234 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"docker.io/library/ngnix:latest\\": not found" image="ngnix:latest"',
      '    State:          Terminated\n      Reason:       Error\n      Exit Code:    1',
    ],
  },
];
