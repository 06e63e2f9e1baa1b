import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, patternById, ref } from './answer-parts';
import { KUBERNETES_CATALOG2_PATTERNS } from './kubernetes-catalog2.patterns';

/**
 * A twelfth catalog pass over the Kubernetes family, from storage and scheduled work as people paste them out of the
 * controllers' own logs, where no event row stands around the message and the engine answered with Go's gRPC status,
 * Go's timeout or JSON error, or nothing: the CSI external-provisioner's "failed to provision volume with StorageClass"
 * (alone, or in its klog "error syncing claim" line, also the older "Failed to provision volume for claim"), the
 * external-attacher's "Error processing \"csi-…\": failed to attach" and a driver's "Attach failed for volume", the
 * external-resizer's "resize volume … failed", the CronJob controller's "Cannot determine if job needs to be started"
 * without its FailedNeedsStart row, and cert-manager's challenge self-check in its newer structured log
 * ("propagation check failed" err="…") and its oldest wording ("propagation check failed: …"). The type is the event the
 * controller raises for the same failure (ProvisioningFailed, FailedAttachVolume, VolumeResizeFailed, FailedNeedsStart),
 * else the tool's phrase (corpus README, kubernetes row). Regexes are led by literals and bounded, as everywhere in the
 * knowledge base.
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const DYNAMIC_PROVISIONING = ref('Kubernetes: Dynamic volume provisioning', `${K8S_DOCS}/concepts/storage/dynamic-provisioning/`);
const STORAGE_CLASSES = ref('Kubernetes: Storage classes', `${K8S_DOCS}/concepts/storage/storage-classes/`);
const EXTERNAL_PROVISIONER = ref('Kubernetes CSI: external-provisioner', 'https://kubernetes-csi.github.io/docs/external-provisioner.html');
const EXTERNAL_ATTACHER = ref('Kubernetes CSI: external-attacher', 'https://kubernetes-csi.github.io/docs/external-attacher.html');
const EXTERNAL_RESIZER = ref('Kubernetes CSI: external-resizer', 'https://kubernetes-csi.github.io/docs/external-resizer.html');
const VOLUME_EXPANSION = ref('Kubernetes: Expanding persistent volume claims', `${K8S_DOCS}/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims`);
const CRONJOBS = ref('Kubernetes: CronJob limitations', `${K8S_DOCS}/concepts/workloads/controllers/cron-jobs/#cron-job-limitations`);

/** What a CSI driver's gRPC status code says about the failed call. */
const CSI_CODES: Readonly<Record<string, string>> = {
  DeadlineExceeded: "the sidecar's call to the driver timed out (its --timeout); the driver or the storage backend behind it is slow or unreachable, and the sidecar retries",
  ResourceExhausted: 'the storage backend has no room left (a pool, volume group or quota is full) or a per-node volume limit is reached',
  Aborted: 'an operation on the same volume is still running in the driver; the sidecar retries once it has finished',
  InvalidArgument: "the driver refused a parameter: a StorageClass parameter, size or access mode it does not support",
  Unavailable: 'the driver or the volume is not available yet (a volume still being created, a driver pod that is not ready)',
  Internal: "the driver failed and reports its backend's own error after desc =",
  Unknown: "the driver returned a plain error: its backend's message follows desc =",
  NotFound: 'the volume or node the call names does not exist for the backend',
  PermissionDenied: "the driver's credentials may not do this in the cloud or array",
  Unauthenticated: "the driver's credentials were not accepted by the cloud or array",
};

/** The gRPC code in a sidecar's detail, when there is one. */
const csiCode = (detail: string): string | undefined => /rpc error: code = (?<code>[A-Z][A-Za-z]{2,30})/.exec(detail)?.groups?.code;

const csiWhy = (detail: string): string => {
  const code = csiCode(detail);
  if (code && CSI_CODES[code]) return ` The driver answered ${code}: ${CSI_CODES[code]}.`;
  if (/UnauthorizedOperation|AccessDenied|AuthorizationFailed|forbidden|permission/i.test(detail)) return " The cloud refused the driver's credentials: its controller's role or service account lacks a permission.";
  if (/no volume plugin matched|not found, waiting for it to be registered/.test(detail)) return " No driver answers to the StorageClass's provisioner name: it is misspelled, or the driver is not installed.";
  return '';
};

const CERT_MANAGER = patternById(KUBERNETES_CATALOG2_PATTERNS, 'k8s.cert-manager');

const detailOf = (c: Captures): string => (c.detail ?? '').trim().replace(/\\"/g, '"');

export const KUBERNETES_CATALOG12_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- CSI sidecars' own log lines
  {
    id: 'k8s.csi-provisioner-failed',
    language: 'kubernetes',
    // The external-provisioner's error without the claim's event row: alone, in its klog "error syncing claim" line,
    // or the older "Failed to provision volume for claim … with StorageClass". A class that does not exist stays
    // k8s.pod-events'; an event row or a klog Event(...) line ranks above (k8s.claim-event-row 47, k8s.klog-event-line 35).
    match:
      /(?:[Ff]ailed to provision volume with StorageClass|Failed to provision volume for claim \\?"(?<claim>[^"\\\n]{1,300})\\?" with StorageClass) \\?"(?<sc>[^"\\\n]{1,253})\\?":(?![^\n]{0,300}?storageclass\.storage\.k8s\.io \\?")\s{0,20}(?<detail>[^\n]{0,400}(?:\n[ \t]{0,20}[^\s][^\n]{0,300}){0,4})/,
    requires: /ailed to provision volume (?:with StorageClass|for claim)/,
    errorType: 'ProvisioningFailed',
    category: 'configuration',
    // Above Go's gRPC status (4), timeout (8) and JSON errors (10) in the detail; below the event rows.
    priority: 30,
    summary: (c) => `The CSI provisioner could not create a volume for StorageClass ${c.sc}${c.claim ? ` (claim ${c.claim})` : ''}: ${detailOf(c).split('\n')[0].slice(0, 200)}`,
    explanation: (c) =>
      `A claim with a StorageClass is provisioned by the CSI driver the class names: the driver's external-provisioner sidecar calls CreateVolume and, when it fails, logs this line, raises ProvisioningFailed on the claim and retries with a back-off. The claim stays Pending, and so does every pod that mounts it.${csiWhy(detailOf(c))}`,
    causes: [
      "The driver's controller lacks permissions or credentials in the cloud or array (an IAM role, a service account, a secret)",
      'The storage backend is full, slow or unreachable',
      'StorageClass parameters the driver does not accept, or a provisioner name no installed driver answers to',
    ],
    fixes: (c) => [
      fix(
        `Read the driver's error for StorageClass ${c.sc}`,
        [
          'The text after the colon is the driver\'s own answer: fix what it names (a permission, free space, a parameter).',
          "Compare the StorageClass's provisioner with the drivers the cluster has (kubectl get csidrivers).",
          "Read the driver's controller logs, not only the sidecar's: the backend's full error is there.",
          'Once fixed, the provisioner retries by itself; a claim that was given up on can be deleted and created again.',
        ],
        `kubectl get storageclass ${c.sc} -o yaml\nkubectl get csidrivers\nkubectl get pvc -A | grep Pending\nkubectl get pods -A | grep -i csi\nkubectl logs -n <driver-namespace> <csi-controller-pod> -c csi-provisioner --tail=50`,
      ),
    ],
    references: [DYNAMIC_PROVISIONING, STORAGE_CLASSES, EXTERNAL_PROVISIONER],
    samples: [
      'E1016 03:22:56.546363       1 controller.go:984] error syncing claim "bd1cb869-b9d5-4e11-94b3-88491da78050": failed to provision volume with StorageClass "csi-s3": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    ],
  },
  {
    id: 'k8s.csi-attacher-failed',
    language: 'kubernetes',
    // The external-attacher's klog line for a VolumeAttachment ("csi-" and a hash), and a driver's "Attach failed for
    // volume" quoted without the attach/detach controller's "AttachVolume." (k8s.volume-operation answers that one).
    match:
      /Error processing \\?"(?<va>csi-[0-9a-f]{16,64})\\?": failed to attach: (?<detail>[^\n]{0,400})|(?<![.\w])Attach failed for volume \\?"(?<volume>[^"\\\n]{1,253})\\?" ?: (?<volDetail>[^\n]{0,400})/,
    requires: /failed to attach: |Attach failed for volume/,
    errorType: 'FailedAttachVolume',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The CSI driver could not attach ${c.volume ? `the volume ${c.volume}` : `the volume of VolumeAttachment ${c.va}`} to its node: ${(c.detail ?? c.volDetail ?? '').slice(0, 200)}`,
    explanation: (c) =>
      `Before the kubelet can mount a volume, the attach/detach controller creates a VolumeAttachment and the driver's external-attacher sidecar calls ControllerPublishVolume to attach the disk to the node. That call failed: the attacher records the error in the VolumeAttachment's status, the pod's events show FailedAttachVolume, and the pod stays ContainerCreating while it retries.${csiWhy(c.detail ?? c.volDetail ?? '')}`,
    causes: [
      'The disk is still attached to another node (a ReadWriteOnce volume after a node failure or a quick reschedule)',
      "The driver's node plugin is not registered on the node, or the node is missing in the backend",
      "The cloud or array refused or timed out the attach (limits on disks per node, permissions, the volume's zone)",
    ],
    fixes: (c) => [
      fix(
        'Read the VolumeAttachment and free the disk',
        [
          "Look at the VolumeAttachment's status for the attach error, and at which node holds the volume.",
          'If an old node still holds a ReadWriteOnce disk, drain or delete that node (or its stale VolumeAttachment) so the disk is released.',
          "Check that the driver's node pod runs on the target node (kubectl get csinode).",
        ],
        `kubectl get volumeattachment${c.va ? ` ${c.va} -o yaml` : ' | grep <pv>'}\nkubectl get csinode\nkubectl get pods -A -o wide | grep -i csi\nkubectl logs -n <driver-namespace> <csi-controller-pod> -c csi-attacher --tail=50`,
      ),
    ],
    references: [EXTERNAL_ATTACHER, ref('Kubernetes: Persistent volumes', `${K8S_DOCS}/concepts/storage/persistent-volumes/`)],
    samples: [
      'I1208 13:43:52.157179       1 csi_handler.go:219] Error processing "csi-799541531defa250c0078203727cf4a5215e24f06c0219e38e10bb8dfe17917c": failed to attach: rpc error: code = Unavailable desc = [ba6fb684-abe3-47dd-bb0b-ae5f28d49ce6] volume is not available for attaching, status: Creating',
    ],
  },
  {
    id: 'k8s.csi-resizer-failed',
    language: 'kubernetes',
    // The external-resizer's error without the VolumeResizeFailed row (k8s.volume-resize-failed answers the row).
    match: /\bresize volume \\?"?(?<pv>[\w.-]{1,253})\\?"? (?:by resizer \\?"(?<driver>[^"\\\n]{1,253})\\?" )?failed: (?<detail>[^\n]{0,400})/,
    requires: /resize volume /,
    errorType: 'VolumeResizeFailed',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The CSI driver${c.driver ? ` ${c.driver}` : ''} could not expand the volume ${c.pv}: ${c.detail.slice(0, 200)}`,
    explanation: (c) =>
      `When a claim's requested size grows, the driver's external-resizer sidecar calls ControllerExpandVolume; the claim keeps its old capacity and the resizer retries while this fails. A call that timed out may still have finished in the backend, so the next try can fail because the volume is already that size.${csiWhy(c.detail)}`,
    causes: [
      'The backend refuses the new size (above its maximum, not larger than the current size, a quota)',
      'The driver or its backend timed out the call',
      'The StorageClass or the driver does not support expansion of this volume (offline only, a volume type that cannot grow)',
    ],
    fixes: (c) => [
      fix(
        `Check the claim's conditions and the backend's answer for ${c.pv}`,
        [
          "Describe the claim: its conditions (Resizing, FileSystemResizePending) and events show where expansion stands.",
          'Compare the requested size with what the backend already has; if it grew, the retry will succeed once the sizes agree.',
          'Make sure the StorageClass has allowVolumeExpansion: true and the driver supports online expansion if the pod is running.',
        ],
        `kubectl get pv ${c.pv} -o yaml | grep -i -A3 capacity\nkubectl describe pvc -n <namespace> <claim>\nkubectl logs -n <driver-namespace> <csi-controller-pod> -c csi-resizer --tail=50`,
      ),
    ],
    references: [VOLUME_EXPANSION, EXTERNAL_RESIZER],
    samples: ['resize volume pv-test-11894292-abbf-4200-953d-24247c081184 failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded'],
  },
  // ---------------------------------------------------------------- CronJobs
  {
    id: 'k8s.cronjob-missed-start-times',
    language: 'kubernetes',
    // The CronJob controller's FailedNeedsStart message without its event row (the row is k8s.event-reason-third's).
    match: /Cannot determine if job needs to be started[.:] (?<detail>[Tt]oo many missed start times?[^\n]{0,200})/,
    requires: /Cannot determine if job needs to be started/,
    errorType: 'FailedNeedsStart',
    category: 'configuration',
    priority: 30,
    summary: () => 'The CronJob controller stopped starting this CronJob: more than 100 of its schedules were missed.',
    explanation:
      'For each CronJob, the controller counts the schedules it missed since the last one it ran (or within startingDeadlineSeconds when that is set). When that count passes 100 it gives up and raises FailedNeedsStart on every sync instead of creating a Job. It happens after the control plane or a laptop cluster was down (or asleep) for 100 schedule periods, after a schedule was changed to a much shorter interval, or with clock skew between the controller and the CronJob\'s last schedule time. Kubernetes 1.21\'s new CronJob controller no longer has this limit.',
    causes: [
      'The controller manager or the whole cluster was down or asleep for more than 100 schedule periods',
      'startingDeadlineSeconds is not set, so every missed schedule since the last run is counted',
      "Clock skew between the control plane and the CronJob's lastScheduleTime",
    ],
    fixes: [
      fix(
        'Set startingDeadlineSeconds, or reset the CronJob',
        [
          'Set spec.startingDeadlineSeconds (a few minutes, shorter than 100 periods): only the schedules missed within it are counted.',
          'Or delete and re-create the CronJob (or clear status.lastScheduleTime) so the count starts again.',
          "Check the control plane's clock against the nodes' (NTP).",
        ],
        'kubectl get cronjob -A\nkubectl patch cronjob <name> -n <namespace> -p \'{"spec":{"startingDeadlineSeconds":300}}\'\nkubectl describe cronjob <name> -n <namespace>',
      ),
    ],
    references: [CRONJOBS],
    samples: ['Cannot determine if job needs to be started: too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
  },
  // ---------------------------------------------------------------- cert-manager's self-check in other log formats
  {
    // cert-manager 1.12+ logs structured klog ("propagation check failed" err="…"), the oldest releases a plain
    // "propagation check failed: …": the same self-check as k8s.cert-manager's selfCheck branch.
    ...CERT_MANAGER,
    id: 'k8s.cert-manager-propagation-other-logs',
    match: /(?<selfCheck>propagation check failed)(?:\\?" err=\\?"|: )(?<selfDetail>[^\n]{0,300})/,
    requires: /propagation check failed/,
    // Above k8s.cert-manager (33), which does not reach these forms, and the C++ "Check failed" reading.
    priority: 34,
    explanation: (c) =>
      /DNS record|TXT|:53\b/.test(c.selfDetail ?? '')
        ? `cert-manager created the _acme-challenge TXT record and checks that the domain's authoritative nameservers serve it before it asks the CA (${(c.selfDetail ?? '').slice(0, 160)}): the record went to another zone, propagation is slow, or the cluster cannot reach or see the public nameservers (split-horizon DNS, port 53 blocked).`
        : typeof CERT_MANAGER.explanation === 'function'
          ? CERT_MANAGER.explanation(c)
          : CERT_MANAGER.explanation,
    samples: [
      'E0618 11:50:27.041578       1 sync.go:190] "propagation check failed" err="DNS record for \\"whoami.mydomain.com\\" not yet propagated" logger="cert-manager.controller" resource_kind="Challenge" dnsName="whoami.mydomain.com" type="DNS-01"',
    ],
  },
];
