/**
 * A twelfth catalog pass over the Kubernetes family, from storage and scheduled work as the controllers log them: the
 * CSI external-provisioner's "failed to provision volume with StorageClass" without the claim's event row (alone, in
 * its klog "error syncing claim" line, the older "Failed to provision volume for claim"), the external-attacher's
 * "Error processing \"csi-…\": failed to attach" and a driver's "Attach failed for volume", the external-resizer's
 * "resize volume … failed", the CronJob controller's "Cannot determine if job needs to be started" without its
 * FailedNeedsStart row, and cert-manager's challenge self-check in its structured ("propagation check failed"
 * err="…") and oldest ("propagation check failed: …") logs. The first table held texts the engine gave to Go's gRPC
 * status, Go's timeout or JSON error, C++'s "Check failed" or nothing; the second holds those already answered right
 * and near misses (the claim and attach event rows, a StorageClass that does not exist, pod security admission,
 * RBAC, evictions, immutable fields, a Node gRPC status) that must keep their answer. Real texts as pasted. Pure: the
 * rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Kubernetes family's twelfth catalog pass", () => {
  it.each([
    [
      'failed to provision volume with StorageClass "default": rpc error: code = Internal desc = Could not create volume "pvc-3f337215-2ea5-440e-942e-d6a985f377e4": could not create volume in EC2: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: \n \tstatus code: 403, request id: ',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'E0613 06:18:36.355388       1 controller.go:229] no plugin controller service support detected\nE0613 06:18:36.355523       1 controller.go:895] Failed to provision volume for claim "default/rbd-pvc" with StorageClass "csi-rbd": no plugin controller service support detected\nE0613 06:18:36.355602       1 goroutinemap.go:165] Operation for "provision-default/rbd-pvc[98399df8-6ed1-11e8-9564-525400ef1c3c]" failed. No retries permitted until 2018-06-13 06:18:36.855571195 +0000 UTC m=+136.407719927 (durationBeforeRetry 500ms). Error: "no plugin controller service support detected"',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'W0317 13:17:42.381911       1 controller.go:886] Retrying syncing claim "e3112ec9-d86d-4e28-a180-e9cf602e6eab", failure 19\nE0317 13:17:42.381994       1 controller.go:908] error syncing claim "e3112ec9-d86d-4e28-a180-e9cf602e6eab": failed to provision volume with StorageClass "thin-disk": rpc error: code = Aborted desc = pending',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'E0916 01:40:46.996523       1 controller.go:981] error syncing claim "e446ed0b-03ce-436c-a5f2-c2b91c7ae7da": failed to provision volume with StorageClass "throwaway": rpc error: code = Aborted desc = an operation with the given Volume ID pvc-e446ed0b-03ce-436c-a5f2-c2b91c7ae7da already exists',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      "failed to provision volume with StorageClass \"no-replication\": rpc error: code = Internal desc = CreateVolume failed for pvc-f9073123-3fca-41dd-a3b7-b4452471dca0: Message: 'Successfully set property key(s): Aux/csi-provisioning-completed-by' next error: Message: 'Resource definition 'pvc-f9073123-3fca-41dd-a3b7-b4452471dca0' modified.'; Details: 'Resource definition 'pvc-f9073123-3fca-41dd-a3b7-b4452471dca0' UUID is: 72e035b6-1489-413c-b7b3-0c925226df34' next error: Message: '(Node: 'h-fsn-ded3') Failed to adjust DRBD resource pvc-f9073123-3fca-41dd-a3b7-b4452471dca0'; Details: 'Resource definition: pvc-f9073123-3fca-41dd-a3b7-b4452471dca0'; Reports: '[654B65E9-F6A46-000118,655542E9-00000-000019]'",
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'Error processing "csi-eb0467592e57ad3f10ba2cc1aae84c15b350632a0425e4e5735767af8b4a76c6": failed to attach: rpc error: code = DeadlineExceeded desc = volume pv-test failed to attach to node',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      'failed to provision volume with StorageClass "disk.csi.azure.com": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'E0424 18:52:37.340275 1 controller.go:988] "Unhandled Error"\n  err="error syncing claim \\"pvc-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\\":\n       failed to provision volume with StorageClass \\"sc-name\\":\n       failed to get name and namespace template from params:\n       Provisioner secrets specified in parameters but value of either\n       namespace or name is empty"',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'I1016 03:22:56.546304       1 controller.go:1109] Temporary error received, adding PVC bd1cb869-b9d5-4e11-94b3-88491da78050 to claims in progress\nW1016 03:22:56.546337       1 controller.go:961] Retrying syncing claim "bd1cb869-b9d5-4e11-94b3-88491da78050", failure 16\nE1016 03:22:56.546363       1 controller.go:984] error syncing claim "bd1cb869-b9d5-4e11-94b3-88491da78050": failed to provision volume with StorageClass "csi-s3": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'error syncing claim "bd1cb869-b9d5-4e11-94b3-88491da78050": failed to provision volume with StorageClass "csi-s3": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'I1008 09:50:56.995384       1 csi_handler.go:423] Saved attach error to "csi-38853ef68f955e2132a9ba0e35976886f648e07c7b847a1aefa3110353411aaa"\nI1008 09:50:56.995491       1 csi_handler.go:99] Error processing "csi-38853ef68f955e2132a9ba0e35976886f648e07c7b847a1aefa3110353411aaa": failed to attach: rpc error: code = Unknown desc = error attempting to attach 51e533b3-a38e-4ebf-917f-6f90920c1342 to 2b764f26-a703-4415-a294-142be3c72e97, POST https://api.packet.net/storage/51e533b3-a38e-4ebf-917f-6f90920c1342/attachments: 422 Instance is already attached to this volume',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      'Attach failed for volume "pvc-f3212106-4941-46cb-a490-5e595042c52b" : rpc error: code = Internal desc = failed to attach disk: "c9a72420-8562-480f-811f-53052b509d32" with node: "423ac99c-a3a5-6170-5c71-9ae6f49f0591" err ServerFaultCode: CNS: Failed to retrieve datastore for vol c9a72420-8562-480f-811f-53052b509d32. ',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      'resize volume pv-test-11894292-abbf-4200-953d-24247c081184 failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'VolumeResizeFailed',
    ],
    [
      'resize volume pv-test-11894292-abbf-4200-953d-24247c081184 failed: rpc error: code = Internal desc = Could not resize volume "1d01da1e-2639-44f1-a3b0-c474391b3011" to size 2: Bad request with: [POST https://cinder/v3/168b54166ddd42c38e8316d85b50d5e8/volumes/1d01da1e-2639-44f1-a3b0-c474391b3011/action], error message: {"badRequest": {"message": "Invalid input received: New size for extend must be greater than current size. (current: 2, extended: 2).", "code": 400}}',
      'kubernetes',
      'VolumeResizeFailed',
    ],
    [
      'failed to provision volume with StorageClass "longhorn": \nno volume plugin matched name: driver.longhorn.io.csi',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'I1208 13:43:51.226714       1 csi_handler.go:396] Starting attach operation for "csi-799541531defa250c0078203727cf4a5215e24f06c0219e38e10bb8dfe17917c"\nI1208 13:43:52.157179       1 csi_handler.go:219] Error processing "csi-799541531defa250c0078203727cf4a5215e24f06c0219e38e10bb8dfe17917c": failed to attach: rpc error: code = Unavailable desc = [ba6fb684-abe3-47dd-bb0b-ae5f28d49ce6] volume is not available for attaching, status: Creating',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      'I0327 14:46:04.270158       1 controller.go:1099] Final error received, removing PVC 135cf774-db66-4d34-9d29-654d6527bb16 from claims in progress\nW0327 14:46:04.270192       1 controller.go:958] Retrying syncing claim "135cf774-db66-4d34-9d29-654d6527bb16", failure 3\nE0327 14:46:04.270239       1 controller.go:981] error syncing claim "135cf774-db66-4d34-9d29-654d6527bb16": failed to provision volume with StorageClass "csi-rbd-sc": rpc error: code = InvalidArgument desc = invalid feature ',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '`Failed to provision volume with StorageClass "default": invalid character \'U\' looking for beginning of value`',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'Failed to provision volume with StorageClass "default": invalid character \'U\' looking for beginning of value',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'W0106 16:28:07.606659       1 controller.go:685] Retrying syncing claim "jx/jenkins-x-chartmuseum" because failures 1 < threshold 15\nE0106 16:28:07.606746       1 controller.go:700] error syncing claim "jx/jenkins-x-chartmuseum": failed to provision volume with StorageClass "hcloud-volumes": rpc error: code = Internal desc = volume limit exceeded',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'failed to provision volume with StorageClass "csi-rbd-sc": rpc error: code = Aborted desc = an operation with the given Volume ID pvc-3b8c0e1a already exists',
      'kubernetes',
      'ProvisioningFailed',
    ],
    ['"propagation check failed" err="wrong status code \'404\', expected \'200\'"', 'kubernetes', 'propagation check failed'],
    [
      'cert-manager-5d557cd599-8cws9 cert-manager I0501 09:45:14.706320       1 sync.go:173] propagation check failed: presented key () did not match expected (Fo3CAWzk0UsEhB0jxlI6jVAiPCjrWWYh2P60AjGdcJ4.7B1mYN3DcVOppBfez4XlUn6beAzDBystCTgCImxPCGE)',
      'kubernetes',
      'propagation check failed',
    ],
    [
      '"FailedNeedsStart", "Cannot determine if job needs to be started. Too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew."',
      'kubernetes',
      'FailedNeedsStart',
    ],
    [
      'Cannot determine if job needs to be started. Too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew.',
      'kubernetes',
      'FailedNeedsStart',
    ],
    [
      'Cannot determine if job needs to be started: too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew',
      'kubernetes',
      'FailedNeedsStart',
    ],
    [
      'Cannot determine if job needs to be started: too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew...\n this issue happening to all the regions both non prod and prod',
      'kubernetes',
      'FailedNeedsStart',
    ],
    [
      'E0618 11:50:27.041578       1 sync.go:190] "propagation check failed" err="DNS record for \\"whoami.mydomain.com\\" not yet propagated" logger="cert-manager.controller" resource_name="whoami-certificate-1-3950149785-596797286" resource_namespace="whoami" resource_kind="Challenge" resource_version="v1" dnsName="whoami.mydomain.com" type="DNS-01"',
      'kubernetes',
      'propagation check failed',
    ],
    ['**"propagation check failed" err="wrong status code \'404\', expected \'200\'"**', 'kubernetes', 'propagation check failed'],
    [
      'E1129 05:03:47.765704       1 controller.go:286] Error syncing PVC: resize volume "pvc-6fd2e208-0b93-47ea-8396-f2868b717ffd" by resizer "rawfile.csi.openebs.io" failed: failed to get capabilities of volume pvc-6fd2e208-0b93-47ea-8396-f2868b717ffd with error getting controller capabilities: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'VolumeResizeFailed',
    ],
    [
      'Error syncing PVC: resize volume "pvc-6fd2e208-0b93-47ea-8396-f2868b717ffd" by resizer "rawfile.csi.openebs.io" failed: failed to get capabilities of volume pvc-6fd2e208-0b93-47ea-8396-f2868b717ffd with error getting controller capabilities: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'VolumeResizeFailed',
    ],
    [
      'E0916 01:31:49.248992       1 controller.go:981] error syncing claim "56ed064b-300e-447c-b4a3-e822de61f762": failed to provision volume with StorageClass "throwaway": rpc error: code = Aborted desc = an operation with the given Volume ID pvc-56ed064b-300e-447c-b4a3-e822de61f762 already exists',
      'kubernetes',
      'ProvisioningFailed',
    ],
    ['failed to provision volume with StorageClass "green": error getting NFS server IP for volume: s', 'kubernetes', 'ProvisioningFailed'],
    [
      'Volume provisioning fails with error: failed to provision volume with StorageClass "csi-rbd-sc": rpc error: code = Aborted desc = an operation with the given Volume ID ... already exists',
      'kubernetes',
      'ProvisioningFailed',
    ],
  ])('recognises %j as %s %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'rennie@cloudshell:~/csharp-docs-samples/appengine/flexible/SocialAuth (dotnet-docs-samples-tests)$ kubectl apply -f social-auth-deployment.yaml\nWarning: kubectl apply should be used on resource created by either kubectl create --save-config or kubectl apply\nThe Deployment "social-auth" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"run":"social-auth", "app":"social-auth"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
      'kubernetes',
      'field is immutable',
    ],
    [
      'install strategy failed: Deployment.apps\n"group-sync-operator-controller-manager" is invalid: spec.selector:\nInvalid value:\nv1.LabelSelector{MatchLabels:map[string]string{"control-plane":"group-sync-operator"},\nMatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
      'kubernetes',
      'field is immutable',
    ],
    [
      'spec.selector: Invalid value: \n    v1.LabelSelector{MatchLabels:map[string]string{"app.kubernetes.io/component":"controller", "app.kubernetes.io/name":"prometheus-operator", "domain":"prometheus"}, \n    \nMatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
      'kubernetes',
      'field is immutable',
    ],
    [
      'fatal: [localhost]: FAILED! => {\n    "changed": false,\n    "reason": "Unprocessable Entity"\n}\n\nMSG:\n\nFailed to apply object: b\'{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Deployment.apps \\\\"kubelet-csr-approver\\\\" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\\\\"app\\\\":\\\\"kubelet-csr-approver\\\\", \\\\"name\\\\":\\\\"kubelet-csr-approver\\\\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable","reason":"Invalid","details":{"name":"kubelet-csr-approver","group":"apps","kind":"Deployment","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\\\\"app\\\\":\\\\"kubelet-csr-approver\\\\", \\\\"name\\\\":\\\\"kubelet-csr-approver\\\\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable","field":"spec.selector"}]},"code":422}\\n\'',
      'kubernetes',
      'field is immutable',
    ],
    [
      'status code: 403, request id: xyz         Warning   ProvisioningFailed     persistentvolumeclaim/ebs-claim   failed to provision volume with StorageClass "ebs-sc": rpc error: code = Internal desc = Could not create volume "pvc-xyz": could not create volume in EC2: UnauthorizedOperation: You are not authorized to perform this operation.',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'UnauthorizedOperation: You are not authorized to perform this operation. \nProvisioningFailed  ebs.csi.aws.com_ebs-csi-controller: \nfailed to provision volume with StorageClass "standard": rpc error: code = Internal desc = Could not create volume "pvc-b1": could not create volume in EC2 ',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Warning  ProvisioningFailed    11m   ebs.csi.aws.com_ebs-csi-controller-56c69bcf65-d5vjw_a9ed942d-7fa7-4133-aa06-2be287a4969e  failed to provision volume with StorageClass "ebscsi": rpc error: code = Internal desc = Could not create volume "pvc-fe352e9e-5d8b-4fd1-a5ab-6fc2493cce37": failed to get an available volume in EC2: InvalidVolume.NotFound: The volume \'vol-036f02de0e81cbb95\' does not exist.\n           status code: 400, request id: f4fc598c-5822-4c5b-9719-40e3741f6349',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  conditions:\n  - lastProbeTime: "2020-04-01T09:48:21Z"\n    lastTransitionTime: "2020-04-01T09:48:21Z"\n    message: Job was active longer than specified deadline\n    reason: DeadlineExceeded\n    status: "True"\n    type: Failed\n  failed: 5\n  startTime: "2020-04-01T09:36:36Z"',
      'kubernetes',
      'DeadlineExceeded',
    ],
    [
      'Status:         Failed\nReason:         Evicted\nMessage:        The node was low on resource: ephemeral-storage. Container ebaogi-report-app was using 108488Ki, which exceeds its request of 0.',
      'kubernetes',
      'Evicted',
    ],
    [
      'Status:       Failed\nReason:       Evicted\nMessage:      The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1883424Ki. Container helmer was using 10304Ki, request is 10Mi, has larger consumption of ephemeral-storage. Container consumerui was using 52676Ki, request is 10Mi, has larger consumption of ephemeral-storage.',
      'kubernetes',
      'Evicted',
    ],
    [
      'The node was low on resource: ephemeral-storage. Threshold quantity: 24068434671, available: 23201836Ki. Container kube-rbac-proxy was using 8Ki, request is 0, has larger consumption of ephemeral-storage. Container manager was using 106848Ki, request is 0, has larger consumption of ephemeral-storage.',
      'kubernetes',
      'Evicted',
    ],
    [
      'status:\n  message: \'The node was low on resource: ephemeral-storage. Container hush-house-worker\n    was using 73712Ki, which exceeds its request of 0. \'\n  phase: Failed\n  reason: Evicted\n  startTime: "2019-02-15T20:18:59Z"',
      'kubernetes',
      'Evicted',
    ],
    [
      'csi-rbdplugin-qtr59                                               openshift-storage                                  Evicted   oct-03-03-compute   Pod The node had condition: [DiskPressure]. ',
      'kubernetes',
      'Evicted',
    ],
    [
      'reason=Evicted\nThe node was low on resource: ephemeral-storage.\nThreshold: 80463020976, available: 78017988Ki.\nContainer app was using 1148032Ki, request is 0\nexitCode 137',
      'kubernetes',
      'Evicted',
    ],
    [
      '$ kubectl create -f examples/resource_validate_healthChecks.yaml\nError from server: error when creating "examples/resource_validate_healthChecks.yaml": admission webhook "nirmata.kyverno.mutating-webhook" denied the request:\nPolicy check-container-security-context failed; rulename: check-root-user;None of anyPattern succeed: [Failed to validate value <nil> with pattern true. Path: /spec/securityContext/runAsNonRoot/ Pattern and resource have different structures. Path: /spec/containers/0/securityContext/. Expected map[string]interface {}, found <nil>]',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      'Error: validation failed: [unable to recognize "": no matches for kind "Alertmanager" in version "monitoring.coreos.com/v1", unable to recognize "": no matches for kind "Prometheus" in version "monitoring.coreos.com/v1", unable to recognize "": no matches for kind "PrometheusRule" in version "monitoring.coreos.com/v1"]',
      'kubernetes',
      'no matches for kind',
    ],
    [
      '[root@julie-3 community]# helm install ./knative --name knative  --tls\nError: validation failed: [unable to recognize "": no matches for kind "Service" in version "serving.knative.dev/v1alpha1", unable to recognize "": no matches for kind "ClusterChannelProvisioner" in version "eventing.knative.dev/v1alpha1"]',
      'kubernetes',
      'no matches for kind',
    ],
    [
      '3s          Warning   ProvisioningFailed     PersistentVolumeClaim   Failed to provision volume with StorageClass "csi-packet-standard": rpc error: code = Internal desc = controller not configured',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Warning  FailedAttachVolume  8m21s                 attachdetach-controller    AttachVolume.Attach failed for volume "pvc-01c32834-8a89-46d3-a8b6-a60671e57a09" : rpc error: code = Internal desc = Bad response statusCode [500]. Status [500 Internal Server Error]. Body: [detail=, message=unable to attach volume pvc-01c32834-8a89-46d3-a8b6-a60671e57a09 to k8s-worker-node1: volume pvc-01c32834-8a89-46d3-a8b6-a60671e57a09 not scheduled, code=Server Error] from [http://longhorn-backend:9500/v1/volumes/pvc-01c32834-8a89-46d3-a8b6-a60671e57a09?action=attach]',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      ' Warning  ProvisioningFailed    3s (x3 over 4s)  disk.csi.azure.com_master-testing_7eacf2e5-4695-4802-8153-6e4ddc792d5b  failed to provision volume with StorageClass "managed-csi": rpc error: code = Unknown desc = Retriable: false, RetryAfter: 0s, HTTPStatusCode: 400, RawError: Retriable: false, RetryAfter: 0s, HTTPStatusCode: 400, RawError: azure.BearerAuthorizer#WithAuthorization: Failed to refresh the Token for request to https://management.azure.com/subscriptions/bd9593b1-8217-4859-b4cb-940a1e410122/resourceGroups/infra-auto/providers/Microsoft.Compute/disks/pvc-9e175fb2-8a5c-4ace-a666-153a3be7ae09?api-version=2020-06-30: StatusCode=400 -- Original Error: adal: Refresh request failed. Status Code = \'400\'. Response body: {"error":"invalid_request","error_description":"Identity not found"} Endpoint http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fmanagement.core.windows.net%2F',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      "  Warning  ProvisioningFailed  3s (x2 over 5s)  persistentvolume-controller  Failed to provision volume with StorageClass \"standard\": googleapi: Error 403: Required 'Alpha Access' permission for 'Compute API', forbidden",
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'Failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:capi-system:default" cannot list resource "configmaps" in API group "" at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    [
      'ERROR: logging before flag.Parse: E0418 04:56:17.489683       1 reflector.go:201] github.com/skippbox/kubewatch/pkg/controller/controller.go:147: Failed to list *v1.Pod: pods is forbidden: User "system:serviceaccount:default:default" cannot list pods at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    [
      'time="2019-11-25T16:30:34Z" level=error msg="namespaces is forbidden: User \\"system:serviceaccount:kube-system:pdb-controller\\" cannot list resource \\"namespaces\\" in API group \\"\\" at the cluster scope"',
      'kubernetes',
      'Forbidden',
    ],
    [
      '2024-04-19T10:47:10.774+0800\tERROR\tmain\tunable to set up warehouse reconciler\t{"error": "starrockswarehouses.starrocks.com is forbidden: User \\"system:serviceaccount:starrocks:starrocks\\" cannot list resource \\"starrockswarehouses\\" in API group \\"starrocks.com\\" at the cluster scope"}',
      'kubernetes',
      'Forbidden',
    ],
    [
      'error updating: error listing pods: pods is forbidden: User "system:serviceaccount:gremlin:chao" cannot list resource "pods" in API group "" at the cluster scope\n2021/06/04 05:44:07 error running gremlin kubernetes client: error listing pods: pods is forbidden: User "system:serviceaccount:gremlin:chao" cannot list resource "pods" in API group "" at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    [
      'E0727 18:09:24.891173       1 leaderelection.go:306] error retrieving resource lock autoneg-system/controller-leader-election-helper: configmaps "controller-leader-election-helper" is forbidden: User "system:serviceaccount:autoneg-system:autoneg" cannot get resource "configmaps" in API group "" in the namespace "autoneg-system"',
      'kubernetes',
      'Forbidden',
    ],
    [
      'E0508 11:52:02.841743       1 controller.go:966] error syncing claim "d8ec346d-409d-417c-a2ba-82d5a1ad7977": failed to provision volume with StorageClass "kadalu.replica2": rpc error: code = ResourceExhausted desc = No Hosting Volumes available, add more storage\nI0508 11:52:02.841795       1 event.go:282] Event(v1.ObjectReference{Kind:"PersistentVolumeClaim", Namespace:"prodctedmz", Name:"prodctedmzk-pvc", UID:"d8ec346d-409d-417c-a2ba-82d5a1ad7977", APIVersion:"v1", ResourceVersion:"128809941", FieldPath:""}): type: \'Warning\' reason: \'ProvisioningFailed\' failed to provision volume with StorageClass "kadalu.replica2": rpc error: code = ResourceExhausted desc = No Hosting Volumes available, add more storage',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'W0916 00:51:48.959014       1 controller.go:958] Retrying syncing claim "e446ed0b-03ce-436c-a5f2-c2b91c7ae7da", failure 10\nE0916 00:51:48.959443       1 controller.go:981] error syncing claim "e446ed0b-03ce-436c-a5f2-c2b91c7ae7da": failed to provision volume with StorageClass "throwaway": rpc error: code = DeadlineExceeded desc = context deadline exceeded\nI0916 00:51:48.959638       1 event.go:282] Event(v1.ObjectReference{Kind:"PersistentVolumeClaim", Namespace:"prometheus", Name:"prometheus-kps-prometheus-db-prometheus-kps-prometheus-0", UID:"e446ed0b-03ce-436c-a5f2-c2b91c7ae7da", APIVersion:"v1", ResourceVersion:"5961", FieldPath:""}): type: \'Warning\' reason: \'ProvisioningFailed\' failed to provision volume with StorageClass "throwaway": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '>Warning  FailedAttachVolume      13m (x2 over 15m)  attachdetach-controller                                      AttachVolume.Attach failed for volume "pvc-a37147de-969a-11e8-96b5-42010a80010c" : rpc error: code = Aborted desc = The volume pvc-a37147de-969a-11e8-96b5-42010a80010c is attached',
      'kubernetes',
      'FailedAttachVolume',
    ],
    ['AttachVolume.Attach failed for volume "mypv" : rpc error: code = Internal desc = no 0 initiator', 'kubernetes', 'FailedAttachVolume'],
    [
      'MountVolume.MountDevice failed for volume "pvc-179594a4-6757-4e44-915f-0f43da75c742" : rpc error: code = Internal desc = rbd: map failed with error failed to get stat for {{ .kubeletDir }}/plugins/{{ .driverName }}/net stat {{ .kubeletDir }}/plugins/{{ .driverName }}/net: no such file or directory, rbd error output:',
      'kubernetes',
      'FailedMount',
    ],
    [
      '  Warning  VolumeResizeFailed          6m12s                external-resizer volume.csi.azure.com                                                                       resize volume "pv-a1eb04da-8553-4a23-a164-7efe66020f3d" by resizer "volume.csi.azure.com" failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'VolumeResizeFailed',
    ],
    [
      '  Warning  FailedCreate  2m6s                replicaset-controller  Error creating: pods "nodejs-app-8665bd77fb-2dd4n" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "runtime" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "runtime" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "runtime" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "runtime" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      'kubernetes',
      'FailedCreate',
    ],
    [
      '     pods "tanzu-java-web-app-00001-deployment-7cb5db665b-hrl4c" is forbidden: violates PodSecurity "restricted:latest":\n     allowPrivilegeEscalation != false (containers "prepare", "place-scripts", "step-main"\n     must set securityContext.allowPrivilegeEscalation=false)\'\n   reason: HealthyConditionRule\n   status: "False"\n   type: ResourcesHealthy',
      'kubernetes',
      'Forbidden',
    ],
    [
      ' Error creating: pods "cloudflare-operator-controller-manager-6c69d7595-fvqr5" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "kube-rbac-proxy" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (containers "kube-rbac-proxy", "manager" must set securityContext.capabilities.drop=["ALL"]), seccompProfile (pod or containers "kube-rbac-proxy", "manager" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      'kubernetes',
      'Forbidden',
    ],
    [
      'create Pod k3k-3-test-server-0 in StatefulSet k3k-3-test-server failed error: pods "k3k-3-test-server-0" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "k3k-3-test-server" must set securityContext.allowPrivilegeEscalation=false)',
      'kubernetes',
      'FailedCreate',
    ],
    [
      'replicaset-controller  Error creating: pods "gatekeeper-controller-manager-75578bc95d-pc2wp" is forbidden: violates PodSecurity "restricted:v1.24": host namespaces (hostNetwork=true), hostPort (container "manager" uses hostPorts 8443, 8888, 9090) ',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error creating: pods ... is forbidden:\nviolates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "cert-manager-webhook-hetzner" must set securityContext.allowPrivilegeEscalation=false),\nunrestricted capabilities (container "cert-manager-webhook-hetzner" must set securityContext.capabilities.drop=["ALL"]),',
      'kubernetes',
      'Forbidden',
    ],
    [
      "Waiting for http-01 challenge propagation: wrong status code '403', expected '200'",
      'kubernetes',
      'Waiting for HTTP-01 challenge propagation',
    ],
    [
      "Reason:      Waiting for HTTP-01 challenge propagation: wrong status code '404', expected '200'",
      'kubernetes',
      'Waiting for HTTP-01 challenge propagation',
    ],
    [
      'E0105 14:20:08.488171       1 sync.go:186] cert-manager/controller/challenges "msg"="propagation check failed" "error"="wrong status code \'404\', expected \'200\'" "dnsName"="dp-nsojntci6rmug.gw002.oneitfarm.com" "resource_kind"="Challenge" "resource_name"="dp-nsojntci6rmug-ingress-http-mtls-false-5012-z2bfn-3178708324" "resource_namespace"="ns-deploy" "resource_version"="v1" "type"="HTTP-01" ',
      'kubernetes',
      'propagation check failed',
    ],
    [
      '$ oc describe cronjobs/package-releases\n<snip>\n  Warning  FailedNeedsStart  3m (x64068 over 7d)  cronjob-controller  Cannot determine if job needs to be started: Too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew.\n</snip>',
      'kubernetes',
      'FailedNeedsStart',
    ],
    [
      'Warning   FailedNeedsStart        cronjob-controller            Cannot determine if job needs to be started: Too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew.',
      'kubernetes',
      'FailedNeedsStart',
    ],
    [
      'Last Schedule Time:  Fri, 27 Mar 2020 01:01:00 +0100\nActive Jobs:         <none>\nEvents:\n  Type     Reason            Age                       From                Message\n  ----     ------            ----                      ----                -------\n  Warning  FailedNeedsStart  4m37s (x62655 over 7d7h)  cronjob-controller  Cannot determine if job needs to be started: Too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew.',
      'kubernetes',
      'FailedNeedsStart',
    ],
    [
      'cert-manager/controller/challenges "msg"="propagation check failed" "error"="presented key (\\n\\n\\u003c!DOCTYPE html\\u003e\\n\\u003chtml lang=\\"en\\"\\u003e\\n\\n \\u003chead\\u003e\\n) did not match expected (VKC1CqDsd27eEL5Pge8eF14Trm6WOhtRVq5_2xJrc94.AKkjxkjtuUfCyRBifGSsXmUSkyIVj7_vVlXwjXmMU8c)" "dnsName"="khw.io" "resource_kind"="Challenge" "resource_name"="khw-prod-595774067-0" "resource_namespace"="production" "type"="http-01"',
      'kubernetes',
      'propagation check failed',
    ],
    [
      'cert-manager/controller/challenges "msg"="propagation check failed" "error"="did not get expected response when querying endpoint, expected \\"Vkc3AYnCPM2HXep3X68B-gfsd.M6iHhBlWM9mynffDUnt01PxApgAsgTHypsgFuhKD7LgZM\\" but got: <!DOCTYPE html><html lan... (truncated)" "dnsName"="inew.abc.com" "resource_kind"="Challenge" "resource_name"="inew-registration-dev-snnew-dxt6c-3735738055-2034391826" "resource_namespace"="inew" "resource_version"="v1" "type"="HTTP-01"',
      'kubernetes',
      'propagation check failed',
    ],
    [
      'E0111 11:33:23.444981       1 sync.go:186] cert-manager/controller/challenges "msg"="propagation check failed" "error"="wrong status code \'503\', expected \'200\'" "dnsName"="accounting-service-public.stag.aws.worksome.net" "resource_kind"="Challenge" "resource_name"="accounting-service-tls-2bnht-2824239067-1373156968" "resource_namespace"="default" "resource_version"="v1" "type"="HTTP-01"',
      'kubernetes',
      'propagation check failed',
    ],
    [
      'sync.go:186] cert-manager/challenges "msg"="propagation check failed" "error"="dial tcp 205.251.193.138:53: i/o timeout" "dnsName"="test-app.com" "resource_kind"="Challenge" "resource_name"="test-us-new-tls-52l5d-2370060743-3367498103" "resource_namespace"="test" "resource_version"="v1" "type"="DNS-01"',
      'kubernetes',
      'propagation check failed',
    ],
    [
      'E1224 02:53:24.382561       1 sync.go:186] cert-manager/controller/challenges "msg"="propagation check failed" "error"="DNS record for \\"xxx.yyy.com\\" not yet propagated" "dnsName"="xxx.yyy.com" "resource_kind"="Challenge" "resource_name"="xxx-yyy-com-tls-v54tn-112196193-1530170224" "resource_namespace"="kube-system" "resource_version"="v1" "type"="DNS-01" ',
      'kubernetes',
      'propagation check failed',
    ],
    [
      'ProvisioningFailed example.com/nfs_nfs-provisioner-648dcd98f4-pvslv_20094cbe-400b-4085-80f1-ec7142e701f8 failed to provision volume with StorageClass "green": error getting NFS server IP for volume: s',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'I1210 23:19:55.610685 1 event.go:282] Event(v1.ObjectReference{Kind:"PersistentVolumeClaim", Namespace:"default", Name:"freenas-test-pvc", UID:"28554b24-c4ce-475a-b4f3-416635555c5e", APIVersion:"v1", ResourceVersion:"52183108", FieldPath:""}): type: \'Warning\' reason: \'ProvisioningFailed\' failed to provision volume with StorageClass "freenas-nfs-csi": rpc error: code = Internal desc = Error: Unmatched \'"\'.',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Warning  ProvisioningFailed    117s (x7 over 3m32s)  org.democratic-csi.nfs_freenas-nfs-democratic-csi-controller-657b7bc85c-z82wv_09135695-e410-441e-9687-fccd5ec36e22  failed to provision volume with StorageClass "freenas-nfs-csi": rpc error: code = Internal desc = Error: Unmatched \'"\'.',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Warning  FailedAttachVolume  3s    attachdetach-controller  AttachVolume.Attach failed for volume "pvc-7ff22820-9333-11e9-b435-96000019d538" : rpc error: code = Internal desc = failed to publish volume: volume is already attached to a server, please detach it first (service_error)',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      '  Warning  FailedCreate  2m6s                replicaset-controller  Error creating: pods "nodejs-app-8665bd77fb-2dd4n" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "runtime" must set securityContext.allowPrivilegeEscalation=false)',
      'kubernetes',
      'FailedCreate',
    ],
    [
      'E0727 18:09:24.847396       1 reflector.go:126] pkg/mod/k8s.io/client-go@v11.0.1-0.20190409021438-1a26190bd76a+incompatible/tools/cache/reflector.go:94: Failed to list *v1.Service: services is forbidden: User "system:serviceaccount:autoneg-system:autoneg" cannot list resource "services" in API group "" at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    [
      '  Warning  ProvisioningFailed  19s   persistentvolume-controller                                                               storageclass.storage.k8s.io "ebs-sc" not found',
      'kubernetes',
      'ProvisioningFailed',
    ],
    ['Error: 4 DEADLINE_EXCEEDED: Deadline Exceeded', 'javascript', 'DEADLINE_EXCEEDED'],
    [
      '\'ProvisioningFailed\' failed to provision volume with StorageClass "cephfs": fork/exec /usr/local/bin/cephfs_provisioner: invalid argument',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Warning  ProvisioningFailed    20m                   kadalu_kadalu-csi-provisioner-0_89e50ae2-3a8a-4814-a845-a0e13335cedf  failed to provision volume with StorageClass "kadalu.external.external-configuration": rpc error: code = Unknown desc = Exception calling application: disk I/O error',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Warning  ProvisioningFailed    55s (x6 over 8m40s)     cluster.local/glusterfs-client-provisioner_glusterfs-client-provisioner-6696579f99-sg27j_626709c5-c4ce-4149-9581-5792858aba7d  failed to provision volume with StorageClass "isim-nfs": unable to create directory to provision new pv: mkdir /persistentvolumes: file exists',
      'kubernetes',
      'ProvisioningFailed',
    ],
  ])('keeps %j as %s %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the twelfth Kubernetes pass names what the message is about', () => {
  it('looks at the StorageClass the provisioner could not serve', () => {
    expect(
      fixText(
        'E1016 03:22:56.546363       1 controller.go:984] error syncing claim "bd1cb869-b9d5-4e11-94b3-88491da78050": failed to provision volume with StorageClass "csi-s3": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      ),
    ).toContain('kubectl get storageclass csi-s3 -o yaml');
  });

  it('reads the VolumeAttachment the attacher failed on', () => {
    expect(
      fixText(
        'I1208 13:43:52.157179       1 csi_handler.go:219] Error processing "csi-799541531defa250c0078203727cf4a5215e24f06c0219e38e10bb8dfe17917c": failed to attach: rpc error: code = Unavailable desc = [ba6fb684-abe3-47dd-bb0b-ae5f28d49ce6] volume is not available for attaching, status: Creating',
      ),
    ).toContain('kubectl get volumeattachment csi-799541531defa250c0078203727cf4a5215e24f06c0219e38e10bb8dfe17917c -o yaml');
  });

  it('looks at the volume the resizer could not expand', () => {
    expect(
      fixText(
        'resize volume pv-test-11894292-abbf-4200-953d-24247c081184 failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      ),
    ).toContain('kubectl get pv pv-test-11894292-abbf-4200-953d-24247c081184');
  });

  it('sets startingDeadlineSeconds for a CronJob that missed too many schedules', () => {
    expect(
      fixText(
        'Cannot determine if job needs to be started: too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew',
      ),
    ).toContain('startingDeadlineSeconds');
  });
});
