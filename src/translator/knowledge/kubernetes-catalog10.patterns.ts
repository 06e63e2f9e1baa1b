import type { ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A tenth catalog pass over the Kubernetes family, from what operators and GitOps tools print when they fail, where the
 * engine answered with JavaScript's, Go's or the shell's answer, a generic one, or none: cluster-autoscaler's refusals
 * and failures to scale up outside an event row (its klog scale_up.go lines, a quoted "pod didn't trigger scale-up", the
 * FailedToScaleUpGroup row), Karpenter's provisioner when no NodePool or instance type fits a pod, Flux's HelmChart that
 * is not ready and its chart pull errors, kustomize-controller's "kustomization.yaml is empty" and "too many fields
 * within", Argo CD's CLI when an application turns Degraded, and cert-manager's older "issuer … not found" wordings.
 * The type is the reason Kubernetes or the tool gives, else the tool's own phrase (corpus README, kubernetes row).
 * Regexes are led by literals and bounded, as everywhere in the knowledge base.
 */

const CA_FAQ = ref('Cluster Autoscaler FAQ', 'https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md');
const KARPENTER_TROUBLESHOOTING = ref('Karpenter: Troubleshooting', 'https://karpenter.sh/docs/troubleshooting/');
const KARPENTER_NODEPOOLS = ref('Karpenter: NodePools', 'https://karpenter.sh/docs/concepts/nodepools/');
const FLUX_HELMRELEASES = ref('Flux: HelmReleases', 'https://fluxcd.io/flux/components/helm/helmreleases/');
const FLUX_KUSTOMIZATIONS = ref('Flux: Kustomizations', 'https://fluxcd.io/flux/components/kustomize/kustomizations/');
const CERT_MANAGER_ISSUERS = ref('cert-manager: Issuer Configuration', 'https://cert-manager.io/docs/configuration/');

/** The reasons cluster-autoscaler lists after "pod didn't trigger scale-up", in a few words. */
function scaleUpReasons(text: string): string {
  const reasons: string[] = [];
  if (/max (?:node group size|limit|size) reached/.test(text)) reasons.push('a node group is at its maximum size');
  if (/didn't match (?:Pod's node affinity|node selector)/.test(text)) reasons.push("a node group's nodes lack the labels the pod selects");
  if (/Insufficient (?:cpu|memory|CPU|nvidia)/.test(text)) reasons.push('even an empty new node would be too small');
  if (/untolerated taint|had taint/.test(text)) reasons.push("the pod does not tolerate a node group's taint");
  if (/volume node affinity conflict|no available volume zone/.test(text)) reasons.push('its volume is in another zone');
  return reasons.join('; ');
}

export const KUBERNETES_CATALOG10_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- cluster-autoscaler
  {
    id: 'k8s.autoscaler-no-scale-up',
    language: 'kubernetes',
    // The autoscaler deciding not to add a node: the NotTriggerScaleUp message quoted without its event row, or its
    // klog scale_up.go lines ending in "No expansion options" (sic "optiions" in some releases).
    match:
      /pod didn't trigger scale-up(?<fit> \(it wouldn't fit if a new node is added\))?: (?<why>[^\n"]{0,300})|(?:Skipping node group (?<maxGroup>[\w.:/-]{1,200}) - max size reached|Node group (?<notReady>[\w.:/-]{1,200}) is not ready for scaleup|predicate checking error: (?<predicate>[^;\n]{1,200}))[\s\S]{0,800}?No expansion opti{1,2}ons|(?<bare>No expansion opti{1,2}ons)/,
    requires: /trigger scale-up|No expansion opti/,
    errorType: (c) => (c.why !== undefined ? 'NotTriggerScaleUp' : 'No expansion options'),
    category: 'configuration',
    // Below k8s.klog-event-line (35) and k8s.event-reason-more (34), which answer the same message inside its event.
    priority: 30,
    summary: (c) => {
      if (c.why !== undefined) {
        const reasons = scaleUpReasons(c.why);
        return `The cluster autoscaler added no node for the pending pod: ${c.why.trim().replace(/\.$/, '')}${reasons ? ` (${reasons})` : ''}.`;
      }
      if (c.maxGroup) return `The cluster autoscaler found no node group to grow: ${c.maxGroup} is already at its maximum size.`;
      if (c.notReady) return `The cluster autoscaler found no node group to grow: ${c.notReady} is not ready for scale-up (a recent scale-up failed, or its nodes are unhealthy).`;
      if (c.predicate) return `The cluster autoscaler found no node group whose new node would fit the pod: ${c.predicate.trim()}.`;
      return 'The cluster autoscaler found no node group whose new node would let the pending pods schedule.';
    },
    explanation: (c) =>
      'For each pending pod the autoscaler simulates a new node from every node group\'s template and runs the scheduler\'s checks on it. ' +
      'It scales up only a group where the pod would fit; otherwise it records NotTriggerScaleUp on the pod and logs "No expansion options". ' +
      (c.notReady
        ? 'A group marked "not ready for scaleup" is in backoff after a failed or timed-out scale-up, or too many of its nodes are unregistered or unready; the status config map says which.'
        : 'The reasons are per node group: a group at its maximum size, a template without the labels the pod selects or with a taint it does not tolerate, an instance type smaller than the pod\'s requests, or a volume pinned to another zone.'),
    causes: [
      'Every node group that could host the pod is at its maximum size',
      "The pod's nodeSelector, affinity or tolerations match no node group template (on AWS the ASG's node-template tags)",
      "The pod's requests exceed what a node of the group offers after DaemonSets",
      'A node group in backoff after a failed scale-up',
    ],
    fixes: (c) => [
      fix(
        'Read which node groups were ruled out, then raise the maximum or fix the template',
        [
          'The status config map lists each node group with its size, maximum and health; raise the maximum of the group that should host the pod, or give its template the labels and taints the pod expects',
          "For a pod too big for every group, lower its requests or add a node group with a larger instance type",
        ],
        `kubectl -n kube-system get configmap cluster-autoscaler-status -o yaml\nkubectl -n kube-system logs deploy/cluster-autoscaler | grep -E 'scale_up|expansion'${c.maxGroup ? `\n# the group at its maximum: ${c.maxGroup}` : ''}${c.notReady ? `\n# the group in backoff: ${c.notReady}` : ''}\nkubectl get pods -A --field-selector=status.phase=Pending`,
      ),
    ],
    references: [CA_FAQ],
    samples: [
      "pod didn't trigger scale-up: 12 node(s) didn't match Pod's node affinity/selector, 3 max node group size reached.",
      'I1227 10:48:23.118126       1 scale_up.go:116] Skipping node group nodes.XXXXXXXX - max size reached\nI1227 10:48:23.118148       1 scale_up.go:186] No expansion options',
    ],
  },
  {
    id: 'k8s.autoscaler-scale-up-failed',
    language: 'kubernetes',
    // The autoscaler asked the cloud for nodes and it failed: the FailedToScaleUpGroup event row, "Failed to scale up:
    // failed to increase node group size", or a scale-up that timed out and put the group in backoff.
    match:
      /(?:Warning|Normal)\s{1,40}FailedToScaleUpGroup\s{1,40}[^\n]{0,200}?Scale-up failed for group (?<failGroup>[\w.:/-]{1,200}): (?<failDetail>[^\n]{0,300})|Failed to scale up: failed to increase node group size: (?<increase>[^\n]{0,300})|Scale-up timed out for node group (?<timedOut>[\w.:/-]{1,200}) after (?<after>[\w.]{1,30})/,
    requires: /FailedToScaleUpGroup|failed to increase node group size|Scale-up timed out/,
    errorType: (c) =>
      c.failGroup ? 'FailedToScaleUpGroup' : c.increase !== undefined ? 'failed to increase node group size' : 'Scale-up timed out',
    category: 'configuration',
    // Above k8s.event-reason-more (34) for the row.
    priority: 36,
    summary: (c) => {
      if (c.failGroup) return `The cluster autoscaler could not grow the node group ${c.failGroup}: ${c.failDetail?.trim()}`;
      if (c.increase !== undefined) return `The cluster autoscaler's scale-up failed: ${c.increase.trim()}`;
      return `The node group ${c.timedOut} did not deliver its new nodes within ${c.after}, so the autoscaler put it in backoff.`;
    },
    explanation: (c) =>
      c.timedOut
        ? 'The autoscaler raised the group\'s desired size, but no new node registered with the cluster before --max-node-provision-time (15 minutes by default). The cloud could not launch the instance (no capacity for that instance type, a quota, a subnet without free addresses) or the instance started and never joined the cluster (bootstrap, IAM role or network). The group is skipped for a few minutes and other groups are tried.'
        : 'The cloud provider refused the new size of the node group. A target outside the group\'s minimum and maximum (a minimum changed outside the autoscaler), a quota or capacity error from the cloud, or missing permissions for the autoscaler\'s role are the usual reasons; the text after the colon is the provider\'s.',
    causes: [
      'No capacity or a quota for the instance type in the zone',
      "The group's minimum or maximum changed outside the autoscaler",
      'Instances that start but never join the cluster',
      "The autoscaler's cloud role missing a permission",
    ],
    fixes: (c) => [
      fix(
        'Read the cloud side of the node group',
        [
          "Check the group's activity or scaling history in the cloud console for the launch error, and the new instances' boot logs if they started",
          'Allow more instance types or zones, raise the quota, or align the autoscaler\'s --nodes=min:max with the group\'s own limits',
        ],
        `kubectl -n kube-system get configmap cluster-autoscaler-status -o yaml\nkubectl -n kube-system logs deploy/cluster-autoscaler | grep -i -E 'scale-up|backoff'\n# AWS: aws autoscaling describe-scaling-activities --auto-scaling-group-name ${c.failGroup ?? c.timedOut ?? '<group>'}`,
      ),
    ],
    references: [CA_FAQ],
    samples: [
      'Warning  FailedToScaleUpGroup  15s   cluster-autoscaler  Scale-up failed for group agentpool: Target size 5 requested outside Max: 10, Min: 6',
    ],
  },
  // ---------------------------------------------------------------- Karpenter
  {
    id: 'k8s.karpenter-cannot-schedule',
    language: 'kubernetes',
    // Karpenter's provisioner when no NodePool (Provisioner before v0.32) or no instance type fits a pending pod.
    match:
      /incompatible with (?<kind>nodepool|provisioner) \\{0,3}"(?<pool>[\w.-]{1,253})\\{0,3}"(?<rest>[^\n]{0,400})|no instance type satisfied resources (?<resources>\{[^}\n]{0,200}\})(?<reqs>[^\n]{0,300})|(?<offering>no instance type (?:met the scheduling requirements or had a required offering|which had enough resources and the required offering met the scheduling requirements))/,
    requires: /incompatible with (?:nodepool|provisioner)|no instance type/,
    errorType: (c) =>
      c.kind
        ? `incompatible with ${c.kind}`
        : c.resources
          ? 'no instance type satisfied resources'
          : 'no instance type met the scheduling requirements or had a required offering',
    category: 'configuration',
    priority: 38,
    summary: (c) => {
      if (c.kind) {
        const label = /label \\{0,3}"([\w./-]{1,253})\\{0,3}" does not have known values/.exec(c.rest ?? '')?.[1];
        const taint = /did not tolerate ([^;\n"\\]{1,200})/.exec(c.rest ?? '')?.[1];
        const why = label
          ? `the pod requires the label ${label}, which no node of the ${c.kind} would carry`
          : taint
            ? `the pod does not tolerate its taint ${taint}`
            : "its requirements, taints or limits do not allow the pod's constraints";
        return `Karpenter cannot launch a node for the pod from the ${c.kind} ${c.pool}: ${why}.`;
      }
      if (c.resources) return `Karpenter found no instance type with room for ${c.resources} that also meets the requirements.`;
      return "Karpenter found no instance type that meets the pod's requirements and is offered (zone, capacity type, price) right now.";
    },
    explanation: (c) =>
      c.kind
        ? `Karpenter tries every ${c.kind} for a pending pod and reports why each one cannot host it. "incompatible requirements, label … does not have known values" means the pod selects (nodeSelector or affinity) a label the ${c.kind} neither sets in its template labels nor lists in its requirements; "did not tolerate" means the ${c.kind} taints its nodes and the pod has no toleration; a hostname or zone requirement the ${c.kind} cannot satisfy comes from the pod's affinity or a volume.`
        : "After filtering the instance types by the NodePool's requirements, Karpenter keeps those with enough allocatable CPU, memory and pods for the pending pods plus the DaemonSets' overhead, and that are offered in an allowed zone and capacity type. None was left: the requests are too big for the allowed types, the NodePool's limits would be exceeded, or the types are unavailable (insufficient capacity recently seen for them).",
    causes: [
      'A nodeSelector or affinity on a label the NodePool does not declare',
      'A taint on the NodePool the pod does not tolerate',
      "Requests larger than any allowed instance type after DaemonSet overhead, or the NodePool's limits reached",
      'Instance types or zones restricted so tightly that none is offered',
    ],
    fixes: (c) => [
      fix(
        c.pool ? `Compare the pod's constraints with the ${c.kind} ${c.pool}` : "Widen the NodePool's requirements or limits",
        [
          'Add the label the pod selects to the NodePool (spec.template.metadata.labels or a requirement with its values), or the toleration to the pod',
          'Allow more instance families, sizes, zones or capacity types, and check spec.limits against what is already running',
        ],
        `kubectl get nodepool ${c.pool ?? '<nodepool>'} -o yaml\nkubectl get nodeclaims\nkubectl -n kube-system logs deploy/karpenter | grep -i -E 'could not schedule|instance type'`,
      ),
    ],
    references: [KARPENTER_TROUBLESHOOTING, KARPENTER_NODEPOOLS],
    samples: [
      '{"level":"ERROR","time":"2024-04-03T06:40:04.552Z","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\", daemonset overhead={\\"cpu\\":\\"675m\\",\\"memory\\":\\"390Mi\\",\\"pods\\":\\"6\\"}, incompatible requirements, label \\"nodegroup\\" does not have known values","commit":"17d6c05","pod":"com-dtv-dcp-dpd/beamacctgetprofilems-green-746d677b76-lghl4"}',
    ],
  },
  // ---------------------------------------------------------------- Flux
  {
    id: 'k8s.flux-helmchart-not-ready',
    language: 'kubernetes',
    // helm-controller waiting for the HelmChart source-controller builds, and source-controller's reasons.
    match:
      /HelmChart '{1,2}(?<chart>[\w.-]{1,253}\/[\w.-]{1,253})'{1,2} is not ready(?::\s{0,2}(?<notReady>[^\n']{0,300}))?|(?<bare>HelmChart is not ready)|chart pull error: (?<pull>[^\n]{0,300})|no chart version found for (?<noVersion>[\w.-]{1,253})/,
    requires: /HelmChart|chart pull error|no chart version found/,
    errorType: (c) =>
      c.pull !== undefined ? 'chart pull error' : c.noVersion ? 'no chart version found' : 'HelmChart is not ready',
    category: 'configuration',
    priority: 36,
    summary: (c) => {
      if (c.pull !== undefined) return `source-controller could not pull the chart: ${c.pull.trim()}`;
      if (c.noVersion) return `source-controller found no chart version matching ${c.noVersion} in the Helm repository.`;
      return `helm-controller waits for the HelmChart${c.chart ? ` ${c.chart}` : ''}, which source-controller has not produced${c.notReady ? ` (${c.notReady.trim()})` : ''}.`;
    },
    explanation:
      "A HelmRelease does not download its chart itself: helm-controller creates a HelmChart object (named <namespace>-<release>) that source-controller fills from the HelmRepository, GitRepository or OCI repository. While that HelmChart is not Ready the release waits. Its own status says why: the repository's index.yaml could not be fetched, the chart name does not exist there, or no version matches spec.chart.spec.version (a pre-release such as 0.16.0-rc.3 only matches a range that allows pre-releases).",
    causes: [
      'A chart version or range that the repository does not have',
      'A chart name that is not in the repository',
      'A HelmRepository that is not ready itself (URL, credentials)',
      'source-controller restarted and is still fetching',
    ],
    fixes: (c) => [
      fix(
        'Read the HelmChart and its source, then fix the version or the name',
        ['List the chart versions the repository offers and set spec.chart.spec.version to one of them (or a range that matches)'],
        `flux get sources helm --all-namespaces\nflux get sources chart --all-namespaces\nkubectl describe helmchart ${c.chart ? `-n ${c.chart.split('/')[0]} ${c.chart.split('/')[1]}` : '-A'}\nhelm search repo <repo>/<chart> --versions --devel`,
      ),
    ],
    references: [FLUX_HELMRELEASES],
    samples: ["traefik         traefik False   HelmChart 'flux-system/traefik-traefik' is not ready                    False"],
  },
  {
    id: 'k8s.flux-kustomization-apply',
    language: 'kubernetes',
    // kustomize-controller: a kustomization.yaml with nothing in it, and its server-side apply refusing an object id.
    match:
      /kustomize build failed: (?<empty>kustomization\.yaml is empty)|too many fields within: (?<objectId>[\w.:/-]{1,300})/,
    requires: /kustomization\.yaml is empty|too many fields within/,
    errorType: (c) => (c.empty ? 'kustomization.yaml is empty' : 'too many fields within'),
    category: 'configuration',
    priority: 36,
    summary: (c) =>
      c.empty
        ? "Flux could not build the Kustomization: a kustomization.yaml in its path has no resources or fields (or one that became empty)."
        : `Flux could not apply the object ${c.objectId}: its name splits into too many fields.`,
    explanation: (c) =>
      c.empty
        ? "kustomize refuses a kustomization.yaml without any content. Flux generates a kustomization.yaml only when the directory has none; when one exists, for example an empty file left by a template or a file where every entry is commented out, the build fails. Kustomize 5.2 also rejected an explicit `resources: []`, which newer Flux releases accept again."
        : `kustomize-controller identifies each object as <name>_<kind>.<group> to apply it; a name that already contains an underscore (${c.objectId}) cannot be split back, so the apply stops. Kubernetes names should not contain underscores.`,
    causes: (c) =>
      c.empty
        ? ['An empty or fully commented-out kustomization.yaml', 'A generated kustomization.yaml with nothing in it', "`resources: []` with an older Flux on Kustomize 5.2"]
        : ['An object name containing an underscore', 'A manifest whose metadata.name is malformed'],
    fixes: (c) => [
      c.empty
        ? fix(
            'Give the kustomization.yaml content or remove it',
            ['List the files in resources:, or delete the empty kustomization.yaml so Flux generates one; build it locally to check'],
            'kustomize build <path>\nflux build kustomization <name> --path <path>\nflux reconcile kustomization <name> --with-source',
          )
        : fix(
            'Rename the object without underscores',
            [`Change metadata.name of the object behind ${c.objectId} to use dashes or dots, then reconcile`],
            `grep -rn "name: .*_" <path>\nflux reconcile kustomization <name> --with-source`,
          ),
    ],
    references: [FLUX_KUSTOMIZATIONS],
    samples: [
      '{"level":"error","ts":"2024-02-12T05:55:53.572Z","msg":"Reconciliation failed after 10.825548072s, next try in 30m0s","controller":"kustomization","error":"kustomize build failed: kustomization.yaml is empty"}',
    ],
  },
  // ---------------------------------------------------------------- Argo CD
  {
    id: 'k8s.argocd-app-wait-health',
    language: 'kubernetes',
    // argocd app wait giving up when the application's health turns Degraded (or Missing).
    match:
      /application '(?<app>[^'\n]{1,253})' health state has transitioned from (?<from>\w{1,20}) to (?<to>Degraded|Missing|Unknown|Suspended)/,
    requires: /health state has transitioned/,
    errorType: (c) => c.to,
    category: 'configuration',
    priority: 36,
    summary: (c) => `argocd app wait stopped: the application ${c.app} went from ${c.from} to ${c.to}.`,
    explanation: (c) =>
      `Argo CD computes an application's health from its resources' health; one resource ${c.to === 'Missing' ? 'that does not exist in the cluster' : 'in that state'} is enough. ${c.to === 'Degraded' ? 'A Deployment past its progressDeadlineSeconds, pods crashing or not pulling their image, a Job that failed, or a custom resource whose health check reports an error make it Degraded. ' : ''}argocd app wait --health ends as soon as the health leaves Progressing for a state other than Healthy.`,
    causes: [
      'A Deployment or StatefulSet whose pods do not become ready (CrashLoopBackOff, ImagePullBackOff, a failing probe)',
      'A failed Job or hook',
      'A custom resource whose health check reports a failure',
    ],
    fixes: (c) => [
      fix(
        'Find the resource that is not healthy',
        ["List the application's resources with their health, then describe the one that is not Healthy"],
        `argocd app get ${c.app}\nargocd app resources ${c.app}\nkubectl get events -A --sort-by=.lastTimestamp | tail -20`,
      ),
    ],
    references: [ref('Argo CD: Resource Health', 'https://argo-cd.readthedocs.io/en/stable/operator-manual/health/')],
    samples: [
      '{"level":"fatal","msg":"application \'shop\' health state has transitioned from Progressing to Degraded","time":"2026-01-29T11:36:34+01:00"}',
    ],
  },
  // ---------------------------------------------------------------- cert-manager
  {
    id: 'k8s.cert-manager-issuer-not-found-old',
    language: 'kubernetes',
    // cert-manager before v0.11 (certmanager.k8s.io): the ErrorIssuerNotFound event row, and ingress-shim's log line.
    match:
      /(?<row>ErrorIssuerNotFound)\s{1,40}[^\n]{0,200}?(?<kind>[Ii]ssuer|[Cc]luster[Ii]ssuer) (?:issuer|clusterissuer)\.certmanager\.k8s\.io "(?<name>[^"\n]{1,253})" not found|(?<kind2>clusterissuer|issuer)\.(?:certmanager\.k8s\.io|cert-manager\.io) "(?<name2>[^"\n]{1,253})" not found/,
    requires: /not found/,
    errorType: (c) => (c.row ? 'ErrorIssuerNotFound' : 'IssuerNotFound'),
    category: 'configuration',
    // Below k8s.cert-manager (33), which answers the newer "Referenced \"Issuer\" not found" the same way.
    priority: 30,
    summary: (c) => {
      const kind = (c.kind2 ?? c.kind ?? 'issuer').toLowerCase() === 'clusterissuer' ? 'ClusterIssuer' : 'Issuer';
      return `cert-manager cannot find the ${kind} ${c.name ?? c.name2} the certificate or Ingress refers to.`;
    },
    explanation:
      "An Issuer lives in one namespace and only serves certificates of that namespace; a ClusterIssuer serves all of them. The certificate's issuerRef (or the Ingress annotation) names one that does not exist with that kind: an Issuer in another namespace, a ClusterIssuer referenced without kind: ClusterIssuer (the kind defaults to Issuer), the cluster-issuer annotation used for an Issuer, or an old certmanager.k8s.io annotation while the issuer was created with the newer API group (or the reverse).",
    causes: [
      'issuerRef without kind: ClusterIssuer for a cluster issuer',
      'An Issuer created in another namespace than the certificate',
      'cert-manager.io/issuer vs cert-manager.io/cluster-issuer annotations mixed up, or the old certmanager.k8s.io ones',
    ],
    fixes: (c) => [
      fix(
        'Reference the issuer with its real kind and namespace',
        ['Check which kind exists under that name, then set issuerRef.kind (or the matching Ingress annotation)'],
        `kubectl get clusterissuers,issuers -A | grep ${c.name ?? c.name2}\nkubectl describe certificate -A | grep -A3 "Issuer Ref"\n# on an Ingress: cert-manager.io/cluster-issuer: ${c.name ?? c.name2}`,
      ),
    ],
    references: [CERT_MANAGER_ISSUERS],
    samples: [
      '  Warning  ErrorIssuerNotFound  5s (x12 over 15s)  cert-manager-controller  Issuer issuer.certmanager.k8s.io "letsencrypt-staging" not found does not exist',
    ],
  },
];
