/**
 * A tenth catalog pass over the Kubernetes family, from what operators and GitOps tools print when they fail:
 * cluster-autoscaler's refusals and failures to scale up outside an event row (klog scale_up.go lines ending in "No
 * expansion options", a quoted "pod didn't trigger scale-up", FailedToScaleUpGroup, a scale-up that timed out), Karpenter's
 * "incompatible with nodepool" and "no instance type …" lines, Flux's HelmChart that is not ready (also with YAML's doubled
 * quotes), its chart pull errors, "kustomization.yaml is empty" and "too many fields within", a HelmRelease table row whose
 * install failed on a deadline, Argo CD's CLI when an application turns Degraded, Gatekeeper's capitalised "Admission
 * webhook … denied the request" and cert-manager's older "issuer … not found" wordings; with guard rows (Argo CD's
 * ComparisonError and sync failures, Flux's retries, cert-manager's challenges, ingress-nginx's and the AWS Load Balancer
 * Controller's webhooks, the GKE auth plugin, external-dns' AccessDenied) that were already right and must stay so.
 * Real texts as pasted. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Kubernetes family's tenth catalog pass", () => {
  it.each([
    [
      '{"level":"error","ts":"2024-02-12T05:55:53.572Z","msg":"Reconciliation failed after 10.825548072s, next try in 30m0s","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"infra-unstable","namespace":"flux-system"},"namespace":"flux-system","name":"infra-unstable","reconcileID":"1ba7665d-f7d2-49ce-a6fe-2dcb1ad63725","revision":"develop@sha1:91026b76153cf514fd4ad29d3c88988cf6f91789","error":"kustomize build failed: kustomization.yaml is empty"}',
      'kubernetes',
      'kustomization.yaml is empty',
    ],
    [
      '2021-11-15T08:40:40.715Z error Kustomization/rights.flux-system - Reconciliation failed after 23.465925ms, next try in 5m0s too many fields within: exploitation_clusterRole_rbac.authorization.k8s.io',
      'kubernetes',
      'too many fields within',
    ],
    [
      '$ flux get sources chart --all-namespaces\nNAMESPACE  \tNAME           \tREADY\tMESSAGE\ndefault  \tdefault-podinfo\tFalse\tno chart version found for podinfo-9.0.0',
      'kubernetes',
      'no chart version found',
    ],
    [
      "\"pod didn't trigger scale-up: 12 node(s) didn't match Pod's node affinity/selector, 3 max node group size reached.\"",
      'kubernetes',
      'NotTriggerScaleUp',
    ],
    [
      'I1227 10:48:22.745330       1 scale_up.go:61] 30 other pods are also unschedulable\nI1227 10:48:22.915535       1 scale_up.go:92] Upcoming 0 nodes\nI1227 10:48:23.118126       1 scale_up.go:116] Skipping node group nodes.XXXXXXXX - max size reached\nI1227 10:48:23.118148       1 scale_up.go:186] No expansion options',
      'kubernetes',
      'No expansion options',
    ],
    [
      "I0211 15:35:46.498813       1 scale_up.go:288] Pod restic-2r6cr can't be scheduled on eks-d6bf7003-b4ee-d0a4-ad23-a23ac5c64c8e, predicate checking error: node(s) didn't match Pod's node affinity; predicateName=NodeAffinity; reasons: node(s) didn't match Pod's node affinity; debugInfo=\nI0211 15:35:46.498845       1 scale_up.go:437] No pod can fit to eks-d6bf7003-b4ee-d0a4-ad23-a23ac5c64c8e\nI0211 15:35:46.498872       1 scale_up.go:441] No expansion optiions",
      'kubernetes',
      'No expansion options',
    ],
    [
      '{"level":"ERROR","time":"2024-04-03T06:40:04.552Z","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\", daemonset overhead={\\"cpu\\":\\"675m\\",\\"memory\\":\\"390Mi\\",\\"pods\\":\\"6\\"}, incompatible requirements, label \\"nodegroup\\" does not have known values","commit":"17d6c05","pod":"com-dtv-dcp-dpd/beamacctgetprofilems-green-746d677b76-lghl4"}',
      'kubernetes',
      'incompatible with nodepool',
    ],
    [
      '{"level":"ERROR","time":"2024-07-18T04:12:31.208Z","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\", daemonset overhead={\\"cpu\\":\\"910m\\",\\"memory\\":\\"844Mi\\",\\"pods\\":\\"10\\"}, key kubernetes.io/hostname, kubernetes.io/hostname DoesNotExist not in kubernetes.io/hostname In [hostname-placeholder-740854]","commit":"17d6c05","pod":"xxx-zookeeper-0"}',
      'kubernetes',
      'incompatible with nodepool',
    ],
    [
      '{"level":"ERROR","time":"2025-04-04T10:15:40.110Z","logger":"controller","caller":"provisioning/provisioner.go:350","message":"could not schedule pod","controller":"provisioner","namespace":"","name":"","reconcileID":"9aec5d56-039d-4b85-bcbd-78e58bfef269","Pod":{"name":"nginx-565d69d9cd-g5fkp","namespace":"default"},"error":"incompatible with nodepool \\"worker-multi-az-xxlarge\\", daemonset overhead={\\"cpu\\":\\"681m\\",\\"memory\\":\\"652Mi\\",\\"pods\\":\\"11\\"}, incompatible requirements, label \\"node-role.kaas.acquia.io/stable\\" does not have known values (typo of \\"acquia.io/stage\\"?)"}',
      'kubernetes',
      'incompatible with nodepool',
    ],
    [
      'Admission webhook "validation.gatekeeper.sh" denied the request: [ratify-constraint] Subject failed',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      "    message: 'HelmChart ''default/default-test'' is not ready: latest generation of\n      object has not been reconciled'\n    observedGeneration: 1\n    reason: SourceNotReady\n    status: \"False\"\n    type: Ready",
      'kubernetes',
      'HelmChart is not ready',
    ],
    ['✔ release updated\n◎ waiting for reconciliation\n✗ HelmChart is not ready', 'kubernetes', 'HelmChart is not ready'],
    [
      "➜  flux-system git:(master) ✗ flux get helmreleases --all-namespaces --verbose                           \nNAMESPACE       NAME    READY   MESSAGE                                                 REVISION        SUSPENDED \ntraefik         traefik False   HelmChart 'flux-system/traefik-traefik' is not ready                    False ",
      'kubernetes',
      'HelmChart is not ready',
    ],
    [
      '2022-05-09T20:04:37.981Z\tERROR\tcontroller\tno instance type satisfied resources {"cpu":"1","pods":"1"} and requirements karpenter.sh/provisioner-name In [omo-karpenter], karpenter.sh/capacity-type In [on-demand]',
      'kubernetes',
      'no instance type satisfied resources',
    ],
    [
      '{"error":"no instance type met the scheduling requirements or had a required offering, requirements=coder In [workspace], karpenter.k8s.aws/ec2nodeclass In [default-bottlerocket], karpenter.k8s.aws/instance-category NotIn [t], karpenter.sh/capacity-type In [on-demand spot], karpenter.sh/nodepool In [coder-workspace], kubernetes.io/arch In [amd64], kubernetes.io/os In [linux], topology.kubernetes.io/zone DoesNotExist, resources={\\"cpu\\":\\"4180m\\",\\"memory\\":\\"6264Mi\\",\\"pods\\":\\"7\\"}"}]}',
      'kubernetes',
      'no instance type met the scheduling requirements or had a required offering',
    ],
    [
      'Warning  FailedToScaleUpGroup  15s   cluster-autoscaler  Scale-up failed for group agentpool: Target size 5 requested outside Max: 10, Min: 6',
      'kubernetes',
      'FailedToScaleUpGroup',
    ],
    [
      'scale_up.go:472] Estimated 2 nodes needed in MachineDeployment/kube-system/diligent-worker\nscale_up.go:586] Final scale-up plan: [{MachineDeployment/kube-system/diligent-worker 2->4 (max: 10)}]\nstatic_autoscaler.go:427] Failed to scale up: failed to increase node group size: size decrease too large - desired:4 min:6size decrease too large - desired:4 min:6 ',
      'kubernetes',
      'failed to increase node group size',
    ],
    [
      'W0313 12:49:40.563382       1 clusterstate.go:266] Scale-up timed out for node group eks-mli_inference_g4dn4xl-02c6fc6f-788b-c2ae-e9d5-647dfa039598 after 15m5.500491908s\nW0313 12:49:40.584456       1 clusterstate.go:297] Disabling scale-up for node group eks-mli_inference_g4dn4xl-02c6fc6f-788b-c2ae-e9d5-647dfa039598 until 2024-03-13 12:54:40.13918732 +0000 UTC m=+2030.419314682; errorClass=Other; errorCode=timeout',
      'kubernetes',
      'Scale-up timed out',
    ],
    [
      'W0906 00:15:33.674846       1 scale_up.go:307] Node group plague-ssdemo-eks2workers-NodeGroup-LHS1EG3DDRK4 is not ready for scaleup\nI0906 00:15:33.674854       1 scale_up.go:376] No expansion options',
      'kubernetes',
      'No expansion options',
    ],
    [
      "CA failed on 'pod didn't trigger scale-up (it wouldn't fit if a new node is added): 1 Insufficient CPU.",
      'kubernetes',
      'NotTriggerScaleUp',
    ],
    [
      '{"level":"fatal","msg":"application \'<application>\' health state has transitioned from Progressing to Degraded","time":"2026-01-29T11:36:34+01:00"}',
      'kubernetes',
      'Degraded',
    ],
    [
      'NAMESPACE        NAME    AGE     READY   STATUS\ncluster-config   nginx   5m16s   False   Helm install failed for release nginx/nginx-ingress-controller with chart nginx-ingress-controller@9.11.0: context deadline exceeded\ncluster-config   redis   5m16s   False   Helm install failed for release redis/redis with chart redis@17.17.1: context deadline exceeded',
      'kubernetes',
      'context deadline exceeded',
    ],
    [
      'helmchart/flux-system-tf-controller                     False           False   chart pull error: failed to get chart version for remote reference: could not locate a version matching provided version string >=0.16.0-rc.3',
      'kubernetes',
      'chart pull error',
    ],
    [
      '  Warning  ErrorIssuerNotFound  5s (x12 over 15s)  cert-manager-controller  Issuer issuer.certmanager.k8s.io "letsencrypt-staging" not found does not exist',
      'kubernetes',
      'ErrorIssuerNotFound',
    ],
    [
      'E0125 21:03:33.119630       1 controller.go:156] ingress-shim controller: Re-queuing item "default/at-consumer-platform-ingress-external" due to error processing: clusterissuer.certmanager.k8s.io "letsencrypt-staging" not found',
      'kubernetes',
      'IssuerNotFound',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the tenth Kubernetes pass keeps the neighbouring answers', () => {
  it.each([
    [
      'Failed to load target state: failed to compare revisions for source 1 of 1: rpc error: code = Unimplemented desc = unknown method UpdateRevisionForPaths for service repository.RepoServerService',
      'kubernetes',
      'ComparisonError',
    ],
    [
      'ComparisonError: Failed to load live state: failed to get cluster info for "https://kubernetes.default.svc": error getting cluster: controller is configured to ignore cluster https://kubernetes.default.svc;ComparisonError',
      'kubernetes',
      'ComparisonError',
    ],
    [
      'argocd-application-controller-67d84d5b7c-8wstt argocd-application-controller time="2019-07-04T20:01:29Z" level=info msg="Sync operation to d099efa289650ef31b4c8b056126d727409cc77c failed: one or more objects failed to apply (dry run)" application=podinfo reason=OperationCompleted type=Warning',
      'kubernetes',
      'one or more objects failed to apply',
    ],
    [
      '{"level":"error","ts":"2023-06-15T23:21:28.930Z","msg":"Reconciler error","controller":"helmrelease","controllerGroup":"helm.toolkit.fluxcd.io","controllerKind":"HelmRelease","HelmRelease":{"name":"nginx-testing-1","namespace":"default"},"namespace":"default","name":"nginx-testing-1","reconcileID":"204fabd9-977b-4be7-8574-4c557b58a4c5","error":"install retries exhausted"}',
      'kubernetes',
      'install retries exhausted',
    ],
    [
      '# kubectl get hr -A -n cozy-dashboard dashboard\nNAMESPACE                        NAME                        AGE   READY   STATUS\ncozy-dashboard                   dashboard                   15m   False   install retries exhausted',
      'kubernetes',
      'install retries exhausted',
    ],
    [
      "Reason:      Waiting for HTTP-01 challenge propagation: wrong status code '404', expected '200'",
      'kubernetes',
      'Waiting for HTTP-01 challenge propagation',
    ],
    [
      'E0105 14:20:08.488171       1 sync.go:186] cert-manager/controller/challenges "msg"="propagation check failed" "error"="wrong status code \'404\', expected \'200\'" "dnsName"="dp-nsojntci6rmug.gw002.oneitfarm.com" "resource_kind"="Challenge" "resource_name"="dp-nsojntci6rmug-ingress-http-mtls-false-5012-z2bfn-3178708324" "resource_namespace"="ns-deploy" "resource_version"="v1" "type"="HTTP-01"',
      'kubernetes',
      'propagation check failed',
    ],
    [
      "flux-system   flux-system        False     kustomize build failed: accumulating resources: accumulation err='accumulating resources from '../base': read /tmp/flux-system245679679/clusters/aat/base: is a directory': recursed accumulation of path '/tmp/flux-system245679679/clusters/aat/base': accumulating resources: accumulation err='accumulating resources from '../../base.gotk-components.yaml': open /tmp/flux-system245679679/apps/flux-system/base.gotk-components.yaml: no such file or directory': evalsymlink failure on '/tmp/flux-system245679679/apps/flux-system/base.gotk-components.yaml' : lstat /tmp/flux-system245679679/apps/flux-system/base.gotk-components.yaml: no such file or directory   94d",
      'kubernetes',
      'accumulating resources',
    ],
    [
      '{"level":"error","ts":"2022-06-09T12:45:48.671Z","logger":"controller.gitrepository","msg":"failed to checkout and determine revision: unable to clone \'ssh://git@SECRET_URL.git\': ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain","reconciler group":"source.toolkit.fluxcd.io","reconciler kind":"GitRepository","name":"flux-app-test","namespace":"testing-cmo-flux"}',
      'kubernetes',
      'failed to checkout and determine revision',
    ],
    [
      'I0702 12:46:14.945401       1 event.go:209] Event(v1.ObjectReference{Kind:"Pod", Namespace:"default", Name:"hello-world-699d84fcc5-7c4pr", UID:"5c8782a9-0d02-4863-abc1-575ff64de782", APIVersion:"v1", ResourceVersion:"99786677", FieldPath:""}): type: \'Normal\' reason: \'NotTriggerScaleUp\' pod didn\'t trigger scale-up (it wouldn\'t fit if a new node is added): 1 max limit reached',
      'kubernetes',
      'NotTriggerScaleUp',
    ],
    [
      'Error: Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": Post https://ingress-nginx-controller-admission.kube-system.svc:443/extensions/v1beta1/ingresses?timeout=30s: context deadline exceeded',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'E0709 10:17:27.723595   34196 memcache.go:265] couldn\'t get current server API group list: Get "https://34.x.x.x/api?timeout=32s": getting credentials\n: exec: executable gke-gcloud-auth-plugin not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'CRITICAL: ACTION REQUIRED: gke-gcloud-auth-plugin, which is needed for continued use of kubectl, was not found or is not executable. Install gke-gcloud-auth-plugin for use with kubectl by following https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      "kubectl apply -f ./disallow-annotation-pod.yaml \nError from server: error when creating \"./disallow-annotation-pod.yaml\": admission webhook \"validate.kyverno.svc-fail\" denied the request:\n\nresource Pod/default/disallow-annotations-example was blocked due to the following policies\n\ndisallow-annotations:\n  disallow-annotations: 'validation error: One or more annotations is not allowed\n    per the policies disallowed values list. rule disallow-annotations execution error:\n    resource value ''disallowed'' does not match ''!disallowed'' at path /metadata/annotations/kyverno-policies-test/key/'",
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      "default     0s          Warning   PolicyViolation     service/pepinos                 policy 'no-loadbalancers' (Validation) rule 'no-LoadBalancer' failed. Validation error: Service of type ClusterIP are not allowed.; Validation rule no-LoadBalancer failed at path /spec/type/",
      'kubernetes',
      'PolicyViolation',
    ],
    [
      'Error from server (InternalError): error when creating "ingress.yml": Internal error occurred: failed calling webhook "vingress.elbv2.k8s.aws": Post "https://aws-load-balancer-webhook-service.kube-system.svc:443/validate-networking-v1beta1-ingress?timeout=10s": no endpoints available for service "aws-load-balancer-webhook-service"',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      '  Issuing: False, Reason: Failed, Message: The certificate request has failed to complete and will be retried: Failed to wait for order resource "drammenlegesenter-no-cert-kjbs7-3761388167" to become ready: order is in "errored" state: Failed to create Order: 429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many failed authorizations recently: see https://letsencrypt.org/docs/rate-limits/',
      'kubernetes',
      'rateLimited',
    ],
    [
      'time="2024-01-28T09:41:17Z" level=error msg="records retrieval failed: failed to list hosted zones: AccessDenied: User: arn:aws:sts::xxxxxxxxxxxxxx:assumed-role/*****-ExternalDNS/1385464348772260040 is not authorized to perform: route53:ListHostedZones because no identity-based policy allows the route53:ListHostedZones action\\n\\tstatus code: 403, request id: b950a1aa-6e02-4ead-92a7-6a945e5f8ce4"',
      'kubernetes',
      'AccessDenied',
    ],
    [
      'could not get token: AccessDenied: Access denied\n\tstatus code: 403, request id: 171e9092-dcf4-11e8-a469-b5710cea842f',
      'kubernetes',
      'AccessDenied',
    ],
    ['✗ client rate limiter Wait returned an error: context deadline exceeded', 'kubernetes', 'context deadline exceeded'],
    [
      '{"level":"error","ts":"2023-06-29T08:04:56.337Z","msg":"Reconciler error","controller":"helmrelease","controllerGroup":"helm.toolkit.fluxcd.io","controllerKind":"HelmRelease","HelmRelease":{"name":"xxx","namespace":"yyy"},"namespace":"yyy","name":"xxx","reconcileID":"6c3cdb35-edf3-431c-81e8-1273212dee94","error":"Helm upgrade failed: context deadline exceeded"}',
      'kubernetes',
      'context deadline exceeded',
    ],
    [
      "    message: 'one or more objects failed to apply, reason: error validating data: failed to check CRD: failed to list CRDs: the server was unable to return a response in the time allotted, but may still be processing the request (retried 5 times).'",
      'kubernetes',
      'one or more objects failed to apply',
    ],
    ['Referenced "Issuer" not found: issuer.cert-manager.io "letsencrypt-prod" not found', 'kubernetes', 'IssuerNotFound'],
    ['Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io "namespace1-issuer" not found', 'kubernetes', 'IssuerNotFound'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the tenth Kubernetes pass names what the message is about', () => {
  it('asks for the NodePool Karpenter named', () => {
    expect(
      fixText(
        '{"level":"ERROR","time":"2024-04-03T06:40:04.552Z","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\", daemonset overhead={\\"cpu\\":\\"675m\\",\\"memory\\":\\"390Mi\\",\\"pods\\":\\"6\\"}, incompatible requirements, label \\"nodegroup\\" does not have known values","commit":"17d6c05","pod":"com-dtv-dcp-dpd/beamacctgetprofilems-green-746d677b76-lghl4"}',
      ),
    ).toContain('kubectl get nodepool default -o yaml');
  });

  it('names the node group at its maximum size', () => {
    expect(
      fixText(
        'I1227 10:48:22.745330       1 scale_up.go:61] 30 other pods are also unschedulable\nI1227 10:48:22.915535       1 scale_up.go:92] Upcoming 0 nodes\nI1227 10:48:23.118126       1 scale_up.go:116] Skipping node group nodes.XXXXXXXX - max size reached\nI1227 10:48:23.118148       1 scale_up.go:186] No expansion options',
      ),
    ).toContain('# the group at its maximum: nodes.XXXXXXXX');
  });

  it('reads the scaling history of the group that failed', () => {
    expect(
      fixText(
        'Warning  FailedToScaleUpGroup  15s   cluster-autoscaler  Scale-up failed for group agentpool: Target size 5 requested outside Max: 10, Min: 6',
      ),
    ).toContain('--auto-scaling-group-name agentpool');
  });

  it('describes the HelmChart helm-controller waits for', () => {
    expect(
      fixText(
        "➜  flux-system git:(master) ✗ flux get helmreleases --all-namespaces --verbose                           \nNAMESPACE       NAME    READY   MESSAGE                                                 REVISION        SUSPENDED \ntraefik         traefik False   HelmChart 'flux-system/traefik-traefik' is not ready                    False ",
      ),
    ).toContain('kubectl describe helmchart -n flux-system traefik-traefik');
  });

  it('references the issuer cert-manager could not find', () => {
    expect(
      fixText(
        'E0125 21:03:33.119630       1 controller.go:156] ingress-shim controller: Re-queuing item "default/at-consumer-platform-ingress-external" due to error processing: clusterissuer.certmanager.k8s.io "letsencrypt-staging" not found',
      ),
    ).toContain('cert-manager.io/cluster-issuer: letsencrypt-staging');
  });

  it('names the object whose id has too many fields', () => {
    expect(
      fixText(
        '2021-11-15T08:40:40.715Z error Kustomization/rights.flux-system - Reconciliation failed after 23.465925ms, next try in 5m0s too many fields within: exploitation_clusterRole_rbac.authorization.k8s.io',
      ),
    ).toContain('exploitation_clusterRole_rbac.authorization.k8s.io');
  });
});
