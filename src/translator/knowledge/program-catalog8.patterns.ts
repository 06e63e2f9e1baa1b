import type { ErrorPattern } from '../rules/error-pattern';
import { fix, patternById, ref } from './answer-parts';
import { PYTHON_PATTERNS } from './python.patterns';

/**
 * An eighth catalog pass over programs' errors as data and ML stacks print them, where the engine answered
 * "unknown error", another language, or only the bare class: PyTorch's device mismatch, matmul shapes, cuDNN
 * statuses, device-side asserts, NCCL failures and killed DataLoader workers (often pasted without the
 * "RuntimeError:" head); TensorFlow's "OOM when allocating tensor" and "Failed to get convolution algorithm";
 * JAX's XLA out-of-memory and tracer errors; Hugging Face's "Can't load tokenizer for …", missing weight files,
 * offline hub lookups and the missing padding token; scikit-learn's NaN input and inconsistent sample counts;
 * NumPy's broadcast message pasted alone; TypeORM's "No metadata for "User" was found".
 *
 * Types follow test/fixtures/errors/README.md: the class the library raises with that message (PyTorch raises
 * RuntimeError, Hugging Face OSError or ValueError, scikit-learn ValueError, TensorFlow ResourceExhaustedError
 * and UnknownError, JAX XlaRuntimeError), the class printed when the text shows one.
 */

const TORCH_CUDA = ref('PyTorch docs: CUDA semantics', 'https://pytorch.org/docs/stable/notes/cuda.html');
const TORCH_DATA = ref('PyTorch docs: torch.utils.data (multi-process data loading)', 'https://pytorch.org/docs/stable/data.html#multi-process-data-loading');
const TORCH_DIST = ref('PyTorch docs: Distributed communication package (NCCL)', 'https://pytorch.org/docs/stable/distributed.html');
const NCCL_ENV = ref('NCCL: Environment variables', 'https://docs.nvidia.com/deeplearning/nccl/user-guide/docs/env.html');
const TORCH_LINEAR = ref('PyTorch docs: torch.nn.Linear', 'https://pytorch.org/docs/stable/generated/torch.nn.Linear.html');
const TF_GPU = ref('TensorFlow guide: Use a GPU (limiting GPU memory growth)', 'https://www.tensorflow.org/guide/gpu#limiting_gpu_memory_growth');
const TF_INSTALL = ref('TensorFlow: Install with pip (GPU setup)', 'https://www.tensorflow.org/install/pip');
const JAX_MEMORY = ref('JAX docs: GPU memory allocation', 'https://jax.readthedocs.io/en/latest/gpu_memory_allocation.html');
const JAX_ERRORS = ref('JAX docs: Errors (ConcretizationTypeError)', 'https://jax.readthedocs.io/en/latest/errors.html');
const HF_LOADING = ref('Transformers docs: Installation (offline mode and cache)', 'https://huggingface.co/docs/transformers/installation#offline-mode');
const HF_AUTO = ref('Transformers docs: Auto classes (from_pretrained)', 'https://huggingface.co/docs/transformers/model_doc/auto');
const HF_PADDING = ref('Transformers docs: Padding and truncation', 'https://huggingface.co/docs/transformers/pad_truncation');
const HF_HUB_ERRORS = ref('huggingface_hub: Utilities (errors)', 'https://huggingface.co/docs/huggingface_hub/package_reference/utilities#errors');
const SKLEARN_MISSING = ref('scikit-learn: Imputation of missing values', 'https://scikit-learn.org/stable/modules/impute.html');
const SKLEARN_SPLIT = ref('scikit-learn: train_test_split', 'https://scikit-learn.org/stable/modules/generated/sklearn.model_selection.train_test_split.html');
const TYPEORM_ENTITIES = ref('TypeORM: Data Source options (entities)', 'https://typeorm.io/data-source-options#common-data-source-options');

/** What a cuDNN status says, in short. */
function cudnnMeaning(status: string): string {
  switch (status) {
    case 'CUDNN_STATUS_NOT_INITIALIZED':
      return 'CUDNN_STATUS_NOT_INITIALIZED means cuDNN could not create its handle: most often the GPU had no memory left for it (another process, or this one, holds it all), or the cuDNN library does not fit the CUDA and driver versions PyTorch was built for.';
    case 'CUDNN_STATUS_EXECUTION_FAILED':
      return 'CUDNN_STATUS_EXECUTION_FAILED means a cuDNN kernel failed on the GPU: an earlier asynchronous CUDA error, a driver or cuDNN version the card does not support, or running out of memory mid-kernel.';
    case 'CUDNN_STATUS_MAPPING_ERROR':
      return 'CUDNN_STATUS_MAPPING_ERROR usually follows an earlier CUDA error (an out-of-range index in the same batch) reported late, or a driver problem.';
    case 'CUDNN_STATUS_NOT_SUPPORTED':
      return 'CUDNN_STATUS_NOT_SUPPORTED means cuDNN has no kernel for this combination of shapes, data type and layout (very large inputs, an unusual dtype).';
    case 'CUDNN_STATUS_INTERNAL_ERROR':
      return 'CUDNN_STATUS_INTERNAL_ERROR is cuDNN\'s generic failure: most often GPU memory ran out while cuDNN set up its workspace, or the cuDNN build does not match the GPU.';
    default:
      return `${status} is the status cuDNN returned to PyTorch; it mostly points at GPU memory, or at a cuDNN build that does not match the CUDA runtime and driver.`;
  }
}

export const PROGRAM_CATALOG8_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.torch-device-mismatch',
    language: 'python',
    // PyTorch's RuntimeError, also pasted without its head: "Expected all tensors to be on the same device, but found
    // at least two devices, cuda:0 and cpu! (when checking argument for argument mat2 in method wrapper_mm)";
    // PyTorch 2.x words it "but got index is on cpu, different from other tensors on cuda:0".
    match:
      /Expected all tensors to be on the same device, but (?:found at least two devices, (?<a>[\w:]{2,20}) and (?<b>[\w:]{2,20})!?|got (?<arg>\w{1,40}) is on (?<a2>[\w:]{2,20}), different from other tensors on (?<b2>[\w:]{2,20}))(?:[^\n(]{0,20}\(when checking (?:argument for )?argument (?:for argument )?(?<argument>\w{1,40}) in method (?<method>\w{1,80})\))?/,
    errorType: 'RuntimeError',
    category: 'runtime',
    priority: 8,
    summary: (c) =>
      `One operation got tensors on different devices (${c.a ?? c.a2} and ${c.b ?? c.b2})${c.argument ?? c.arg ? `: argument ${c.argument ?? c.arg}` : ''}.`,
    explanation: (c) =>
      `PyTorch runs an operation on one device and does not move its inputs: every tensor (and every parameter of the module) must already be on the same device. Here one is on ${c.a ?? c.a2} and another on ${c.b ?? c.b2}${c.method ? `, in ${c.method}` : ''}. The usual culprit is a tensor created inside forward() (torch.zeros, torch.arange, a mask) or a layer created outside __init__, which stays on the CPU when model.to(device) moves the rest.`,
    causes: [
      'The model was moved with model.to("cuda") but the batch (or the labels) was not',
      'A tensor created in forward() without device=… (torch.zeros, torch.arange, torch.tensor)',
      'A layer built in forward() or kept in a plain list instead of nn.ModuleList, so .to() did not move it',
      'Two GPUs (cuda:0 and cuda:1) mixed by device_map="auto" or manual placement',
    ],
    fixes: (c) => [
      fix(
        `Put ${c.argument ?? c.arg ?? 'every input'} on the model's device (${c.a ?? c.a2} vs ${c.b ?? c.b2})`,
        [
          `${c.method ? `The call that failed is ${c.method}: ` : ''}print the .device of each tensor it receives and of next(model.parameters()).`,
          'Pick one device and move the model and each batch to it before the call.',
          'Create tensors inside forward() on the device of an input: torch.zeros(n, device=x.device).',
          'Register sub-modules in __init__ (nn.ModuleList / nn.ModuleDict) so model.to(device) moves them.',
        ],
        'device = torch.device("cuda" if torch.cuda.is_available() else "cpu")\nmodel = model.to(device)\nfor x, y in loader:\n    x, y = x.to(device), y.to(device)\n    out = model(x)\n\n# inside forward():\nmask = torch.ones(x.shape[0], device=x.device)',
      ),
    ],
    references: [TORCH_CUDA],
    samples: [
      'RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu! (when checking argument for argument index in method wrapper__index_select)',
      'Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu',
    ],
  },
  {
    id: 'python.torch-matmul-shapes',
    language: 'python',
    // F.linear / torch.mm's RuntimeError, pasted alone from ComfyUI and notebooks: "mat1 and mat2 shapes cannot be
    // multiplied (64x512 and 256x10)".
    match: /mat1 and mat2 shapes cannot be multiplied \((?<a>\d{1,9}x\d{1,9}) and (?<b>\d{1,9}x\d{1,9})\)/,
    errorType: 'RuntimeError',
    category: 'type',
    priority: 8,
    summary: (c) => `A matrix product got shapes that do not fit: ${c.a} and ${c.b}.`,
    explanation: (c) =>
      `PyTorch multiplies a (n×k) matrix by a (k×m) one: the inner sizes must be equal. Here the input is ${c.a} and the weight ${c.b}, so ${c.a.split('x')[1]} features arrive where ${c.b.split('x')[0]} are expected. In an nn.Linear the second shape is (in_features x out_features): the layer was built for another input size than the tensor it receives (a flatten size computed wrongly, an image size changed, or a checkpoint or LoRA made for another model).`,
    causes: [
      'nn.Linear(in_features, …) does not match the flattened size of the previous layer\'s output',
      'The input resolution or sequence length changed since the model was defined',
      'A checkpoint, adapter or text encoder made for another model variant (different hidden size)',
    ],
    fixes: (c) => [
      fix(
        `Make the layer's in_features ${c.a.split('x')[1]}`,
        [
          'Print x.shape just before the failing layer and set in_features to its last dimension, or use nn.LazyLinear to infer it.',
          'When loading weights, check that every model part (checkpoint, VAE, CLIP, LoRA) belongs to the same base model.',
        ],
        `print(x.shape)  # the last dimension must equal in_features\nself.fc = nn.Linear(${c.a.split('x')[1]}, num_classes)\n# or let PyTorch infer it on the first call:\nself.fc = nn.LazyLinear(num_classes)`,
      ),
    ],
    references: [TORCH_LINEAR],
    samples: ['mat1 and mat2 shapes cannot be multiplied (1370x384 and 1024x2048)'],
  },
  {
    id: 'python.torch-cudnn-status',
    language: 'python',
    match: /cuDNN error: (?<status>CUDNN_STATUS_[A-Z_]{2,40})/,
    errorType: 'RuntimeError',
    category: 'runtime',
    priority: 8,
    summary: (c) => `cuDNN failed with ${c.status}.`,
    explanation: (c) => `PyTorch raises a RuntimeError when a cuDNN call (a convolution, an RNN, batch norm) returns an error status. ${cudnnMeaning(c.status)}`,
    causes: [
      'The GPU\'s memory is (nearly) full: lower the batch size or free other processes',
      'The installed PyTorch wheel\'s CUDA/cuDNN does not fit the GPU or driver',
      'An earlier asynchronous CUDA error surfaced at this call',
    ],
    fixes: (c) => [
      fix(
        `Rule out memory, then the cuDNN build (${c.status})`,
        [
          'Check nvidia-smi for memory held by other processes and retry with a smaller batch.',
          'Reinstall PyTorch with the wheel for your CUDA version (pytorch.org\'s selector) so its bundled cuDNN fits the driver.',
          'Run with CUDA_LAUNCH_BLOCKING=1 to see whether an earlier kernel failed; as a test, torch.backends.cudnn.enabled = False.',
        ],
        'nvidia-smi\npython -c "import torch; print(torch.__version__, torch.version.cuda, torch.backends.cudnn.version())"\nCUDA_LAUNCH_BLOCKING=1 python train.py',
      ),
    ],
    references: [TORCH_CUDA],
    samples: ['RuntimeError: cuDNN error: CUDNN_STATUS_NOT_INITIALIZED'],
  },
  {
    id: 'python.torch-cuda-error',
    language: 'python',
    // "RuntimeError: CUDA error: device-side assert triggered" and the message alone above PyTorch's hint "CUDA
    // kernel errors might be asynchronously reported at some other API call".
    match:
      /(?:^|[\s:>`'"])CUDA error: (?:(?<assert>device-side assert triggered)|(?<msg>[a-z][\w '-]{3,100}?)\.?[ \t]*\n[ \t]{0,8}CUDA kernel errors might be asynchronously reported)/m,
    errorType: 'RuntimeError',
    category: 'runtime',
    priority: 8,
    summary: (c) => `A CUDA kernel failed: ${c.assert ?? c.msg}.`,
    explanation: (c) =>
      c.assert
        ? 'A device-side assert is a check inside a GPU kernel that failed, almost always an index out of range: a class label >= the number of classes (or -1) given to CrossEntropyLoss/NLLLoss, a token id >= the embedding\'s vocabulary size, or an index_select/gather past the end. CUDA reports it asynchronously, so the line in the trace is often a later, innocent call (loss.item(), .cuda()), and the CUDA context is unusable until the process restarts.'
        : `CUDA reported "${c.msg}" from a kernel. CUDA errors are asynchronous: the call in the trace is not necessarily the one that failed, and the process must restart before the GPU works again.`,
    causes: [
      'A label outside [0, num_classes) in a classification loss',
      'A token id at or above the embedding size (a tokenizer with added tokens and an unresized model)',
      'An index tensor out of range in indexing, gather or index_select',
    ],
    fixes: [
      fix(
        'Find the real failing call, then check the indices',
        [
          'Rerun with CUDA_LAUNCH_BLOCKING=1 (or on the CPU) to get the exact line and a readable message.',
          'Check labels.min() >= 0 and labels.max() < num_classes, and input_ids.max() < model.get_input_embeddings().num_embeddings.',
          'After adding tokens to a tokenizer, call model.resize_token_embeddings(len(tokenizer)).',
        ],
        'CUDA_LAUNCH_BLOCKING=1 python train.py\n\nassert labels.min() >= 0 and labels.max() < num_classes, (labels.min(), labels.max())\nmodel.resize_token_embeddings(len(tokenizer))',
      ),
    ],
    references: [TORCH_CUDA],
    samples: [
      'RuntimeError: CUDA error: device-side assert triggered\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1.',
    ],
  },
  {
    id: 'python.torch-dataloader-worker-killed',
    language: 'python',
    // "RuntimeError: DataLoader worker (pid 19597) is killed by signal: Killed." and the later wording "DataLoader worker
    // (pid(s) 1234) exited unexpectedly".
    match:
      /DataLoader worker \(pid(?:\(s\))? (?<pid>\d{1,10}(?:, \d{1,10}){0,30})\) (?:is killed by signal: (?<signal>[A-Z][a-z]{1,20}(?: [a-z]{1,20}){0,3})|exited unexpectedly)/,
    errorType: 'RuntimeError',
    category: 'memory',
    priority: 8,
    summary: (c) => `A DataLoader worker process (pid ${c.pid}) ${c.signal ? `was killed by signal: ${c.signal}` : 'exited unexpectedly'}.`,
    explanation: (c) =>
      `With num_workers > 0 the DataLoader loads batches in child processes; the main process raised this RuntimeError when one of them died. ${
        c.signal === 'Killed' || !c.signal
          ? 'A worker killed without an error of its own is almost always the kernel\'s out-of-memory killer: too many workers each holding a copy of the dataset, or a container\'s memory or /dev/shm limit (Docker gives 64 MB of shared memory by default).'
          : `The worker died from the signal ${c.signal}: a crash in native code (an image or video decoder), or shared memory exhausted.`
      }`,
    causes: [
      'The machine or container ran out of RAM (the OOM killer); check dmesg',
      'Docker\'s default 64 MB /dev/shm is too small for the batches workers hand over',
      'Each worker copies a large in-memory dataset (Python lists of objects are copied on access)',
    ],
    fixes: (c) => [
      fix(
        `Give the workers memory or use fewer of them (pid ${c.pid})`,
        [
          'Lower num_workers (0 loads in the main process and shows the real error, if any).',
          'In Docker, raise shared memory: docker run --shm-size=8g (or ipc: host in compose).',
          'Keep large datasets in NumPy arrays or on disk instead of Python lists; check dmesg for "Out of memory: Killed process".',
        ],
        'loader = DataLoader(ds, batch_size=32, num_workers=2, pin_memory=True)\n\n# docker run --shm-size=8g …\n# dmesg -T | grep -i "killed process"',
      ),
    ],
    references: [TORCH_DATA],
    samples: ['RuntimeError: DataLoader worker (pid 19597) is killed by signal: Killed.'],
  },
  {
    id: 'python.torch-nccl-error',
    language: 'python',
    // torch.distributed's failure, also pasted without its class: "NCCL error in: …/ProcessGroupNCCL.cpp:1333, unhandled
    // system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.18.6". PyTorch 2 raises DistBackendError.
    match:
      /(?:(?:torch\.distributed\.)?(?<cls>DistBackendError|RuntimeError): )?NCCL error in: (?<where>[^\n,]{1,300}?\.cpp:\d{1,6}), (?<reason>[a-z][a-z ]{2,60}[a-z])(?: \(run with NCCL_DEBUG=INFO for details\))?(?:, NCCL version (?<version>[\d.]{1,20}))?/,
    errorType: (c) => c.cls ?? 'RuntimeError',
    category: 'network',
    priority: 8,
    summary: (c) => `NCCL failed in distributed training: ${c.reason}${c.version ? ` (NCCL ${c.version})` : ''}.`,
    explanation: (c) =>
      `torch.distributed's NCCL backend reported "${c.reason}" from ${c.where}. ${
        /system error|remote process|network/.test(c.reason)
          ? 'A system error is NCCL failing a socket, shared-memory or InfiniBand call: the ranks cannot reach each other on the network interface NCCL picked, /dev/shm is too small in a container, or another rank died first.'
          : /cuda error/.test(c.reason)
            ? 'A CUDA error inside NCCL usually means a mismatch between NCCL, the CUDA runtime and the driver, or GPUs that cannot talk peer-to-peer.'
            : 'The line above it, with NCCL_DEBUG=INFO, names the failing call.'
      }`,
    causes: [
      'NCCL chose a network interface the other nodes cannot reach (docker0, a VPN)',
      'A container with the default 64 MB /dev/shm, or without --ipc=host',
      'Another rank crashed (out of memory, an exception) and this one lost its peer',
      'An NCCL build that does not fit the driver, or P2P between GPUs that do not support it',
    ],
    fixes: (c) => [
      fix(
        'Run with NCCL_DEBUG=INFO and pin the interface',
        [
          `Set NCCL_DEBUG=INFO to see the call behind the ${c.cls ?? 'RuntimeError'} ("socketStartConnect: Connect to … failed", "Cuda failure").`,
          `Check that every node runs the same PyTorch and NCCL build${c.version ? ` (this one: NCCL ${c.version})` : ''}.`,
          'Set NCCL_SOCKET_IFNAME to the interface the nodes share (eth0, ens…); try NCCL_IB_DISABLE=1 or NCCL_P2P_DISABLE=1 to narrow it down.',
          'In Docker, run with --ipc=host or --shm-size; check the other ranks\' logs for the first failure.',
        ],
        'NCCL_DEBUG=INFO NCCL_SOCKET_IFNAME=eth0 torchrun --nproc_per_node=4 train.py\n# narrowing down:\nNCCL_P2P_DISABLE=1 NCCL_IB_DISABLE=1 torchrun …',
      ),
    ],
    references: [TORCH_DIST, NCCL_ENV],
    samples: [
      'torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1333, unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.18.6',
      'NCCL error in: /torch/lib/c10d/ProcessGroupNCCL.cpp:260, unhandled system error',
    ],
  },
  {
    id: 'python.tensorflow-oom',
    language: 'python',
    // TensorFlow's ResourceExhaustedError message, also alone or lower-cased: "OOM when allocating tensor with
    // shape[16,112,112,147] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc".
    match:
      /(?:OOM|oom) when allocating tensor(?: with shape ?\[?(?<shape>[\d, ]{1,80})\]?)?(?: and type (?<dtype>\w{1,20}))?(?: on (?<device>[\w/:]{1,120}))?/,
    errorType: 'ResourceExhaustedError',
    category: 'memory',
    priority: 8,
    summary: (c) => `TensorFlow ran out of memory allocating a tensor${c.shape ? ` of shape [${c.shape}]` : ''}${c.device ? ` on ${c.device}` : ''}.`,
    explanation:
      'TensorFlow raises ResourceExhaustedError when its allocator cannot find room for a tensor: the batch, the model\'s activations and weights need more memory than the device has free. By default TensorFlow also reserves nearly all GPU memory at start-up, so a second process (another notebook kernel) sharing the GPU gets almost none.',
    causes: [
      'Batch size or input size too large for the GPU',
      'Another process or notebook kernel holds the GPU memory',
      'A very large layer (a Dense layer on a huge flattened input)',
    ],
    fixes: (c) => [
      fix(
        `Shrink the allocation${c.shape ? ` [${c.shape}]` : ''} or share the GPU`,
        [
          'Lower the batch size (the first dimension of the shape) or the input resolution.',
          'Enable memory growth so TensorFlow does not take the whole GPU at start-up; restart other kernels that hold it.',
          'Use mixed precision to halve activation memory.',
        ],
        "import tensorflow as tf\nfor gpu in tf.config.list_physical_devices('GPU'):\n    tf.config.experimental.set_memory_growth(gpu, True)\n\ntf.keras.mixed_precision.set_global_policy('mixed_float16')",
      ),
    ],
    references: [TF_GPU],
    samples: ['ResourceExhaustedError (see above for traceback): OOM when allocating tensor with shape[1,5095,3729,3]'],
  },
  {
    id: 'python.tensorflow-cudnn-init',
    language: 'python',
    match: /Failed to get convolution algorithm\. ?\n?This is probably because cuDNN failed to initialize/,
    errorType: 'UnknownError',
    category: 'runtime',
    priority: 8,
    summary: 'TensorFlow could not initialise cuDNN for a convolution.',
    explanation:
      'TensorFlow raises UnknownError when cuDNN fails to start for the first convolution. Most often TensorFlow already reserved (nearly) all GPU memory, or another process did, and cuDNN has none left for its handle; otherwise the installed CUDA/cuDNN does not match the versions this TensorFlow was built for (the warning lines above it say so).',
    causes: [
      'GPU memory already taken (TensorFlow\'s default pre-allocation, another process or kernel)',
      'A cuDNN version that does not match TensorFlow\'s build (see TensorFlow\'s tested build configurations)',
      'A GPU too new for the CUDA version TensorFlow was built with',
    ],
    fixes: [
      fix(
        'Enable memory growth, then check versions',
        [
          'Turn on memory growth before building the model, and close other processes using the GPU (nvidia-smi).',
          'Install the CUDA/cuDNN versions this TensorFlow release lists, or pip install "tensorflow[and-cuda]" on Linux.',
        ],
        "import tensorflow as tf\nfor gpu in tf.config.list_physical_devices('GPU'):\n    tf.config.experimental.set_memory_growth(gpu, True)",
      ),
    ],
    references: [TF_GPU, TF_INSTALL],
    samples: [
      'UnknownError: 2 root error(s) found.\n  (0) Unknown: Failed to get convolution algorithm. This is probably because cuDNN failed to initialize, so try looking to see if a warning log message was printed above.',
    ],
  },
  {
    id: 'python.jax-out-of-memory',
    language: 'python',
    // jaxlib's XlaRuntimeError (JaxRuntimeError in newer JAX, RuntimeError in old jaxlib): "RESOURCE_EXHAUSTED: Out of
    // memory while trying to allocate 7406166528 bytes."
    match:
      /(?:(?:jaxlib\.xla_extension\.|jax\.errors\.)?(?<cls>XlaRuntimeError|JaxRuntimeError|RuntimeError): )?RESOURCE_EXHAUSTED: (?:Out of memory (?:while trying to allocate|allocating) (?<bytes>\d{1,15}) bytes|Failed to allocate request for (?<size>[\d.]{1,10}[KMGT]iB))/,
    errorType: (c) => c.cls ?? 'XlaRuntimeError',
    category: 'memory',
    priority: 8,
    summary: (c) =>
      `JAX ran out of device memory${c.bytes ? ` allocating ${(Number(c.bytes) / 2 ** 30).toFixed(2)} GiB (${c.bytes} bytes)` : c.size ? ` allocating ${c.size}` : ''}.`,
    explanation:
      'XLA could not allocate a buffer on the accelerator. JAX pre-allocates 75% of GPU memory at start-up by default, so a second JAX or TensorFlow process on the same GPU, or a computation whose intermediate buffers exceed what is left, fails this way.',
    causes: [
      'The batch or model is too large for the device',
      'Another process (a notebook kernel, TensorFlow in the same process) holds the memory',
      'JAX\'s pre-allocation leaves too little for a second framework',
    ],
    fixes: (c) => [
      fix(
        `Make room for the allocation${c.bytes ? ` of ${c.bytes} bytes` : ''}`,
        [
          `The ${c.cls ?? 'XlaRuntimeError'} came from one allocation: lower the batch size or sequence length; use jax.checkpoint (rematerialisation) for large models.`,
          'Set XLA_PYTHON_CLIENT_PREALLOCATE=false or XLA_PYTHON_CLIENT_MEM_FRACTION to share the GPU with other processes.',
        ],
        'XLA_PYTHON_CLIENT_PREALLOCATE=false python run.py\n# or give JAX a share of the GPU:\nXLA_PYTHON_CLIENT_MEM_FRACTION=.50 python run.py',
      ),
    ],
    references: [JAX_MEMORY],
    samples: ['jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 7406166528 bytes.'],
  },
  {
    id: 'python.jax-tracer-error',
    language: 'python',
    match:
      /(?:jax\.(?:_src\.)?(?:errors|core)\.)?(?<cls>ConcretizationTypeError|TracerArrayConversionError|TracerBoolConversionError|TracerIntegerConversionError): (?<msg>[^\n]{1,200})/,
    errorType: (c) => c.cls,
    category: 'type',
    priority: 8,
    summary: (c) => `JAX needed a concrete value but got a tracer (${c.cls}).`,
    explanation: (c) =>
      `Inside jax.jit, vmap or grad, arguments are abstract tracers: JAX knows their shape and dtype, not their values. ${c.cls} is raised when code needs a value to decide something in Python: an if or while on an array, int() or a shape computed from an array, or a NumPy (not jax.numpy) function called on a traced array.`,
    causes: [
      'A Python if/while/for on a traced array',
      'A shape or size computed from an array value (jnp.arange(n), reshape(n)) under jit',
      'numpy functions (np.*) called on traced arrays instead of jax.numpy',
    ],
    fixes: (c) => [
      fix(
        'Keep control flow traceable or make the argument static',
        [
          `The traceback's last frame in your code is where the ${c.cls} arose; JAX's message names the function and argument.`,
          'Replace Python branches on arrays with jnp.where, jax.lax.cond, lax.fori_loop or lax.while_loop.',
          'Mark arguments that decide shapes as static (static_argnums / static_argnames).',
          'Use jax.numpy instead of numpy inside jitted functions.',
        ],
        'from functools import partial\n\n@partial(jax.jit, static_argnames=["n"])\ndef f(x, n):\n    return jnp.arange(n) * x\n\ny = jnp.where(x > 0, x, 0.0)  # instead of: if x > 0',
      ),
    ],
    references: [JAX_ERRORS],
    samples: ['jax.core.ConcretizationTypeError: Abstract tracer value encountered where concrete value is expected.'],
  },
  {
    id: 'python.transformers-cannot-load',
    language: 'python',
    // transformers' OSError from from_pretrained, also pasted alone or in a JSON error body: "Can't load tokenizer for
    // 'bert-base-uncased'. If you were trying to load it from 'https://huggingface.co/models', …", "We couldn't
    // connect to 'https://huggingface.co' to load this file, … containing a file named config.json.", "Error no file
    // named pytorch_model.bin, tf_model.h5, … found in directory X." and "X does not appear to have a file named …".
    match:
      /Can[’']t load (?<what>tokenizer|config|the model|feature extractor|image processor|processor) for [‘'](?<model>[^’'\n]{1,200})[’']|We couldn't connect to 'https:\/\/huggingface\.co' to load (?:this file|the files)(?:, couldn't find (?:it|them) in the cached files and it looks like (?<model2>\S{1,200}) is not the path to a directory containing a file named (?<file>[\w.-]{1,100}))?|Error no file named (?<files>[\w., -]{1,200}?) found in directory (?<dir>[^\n"]{1,300}?)\.?(?=["'}\s]|$)|(?<model3>[^\s'"]{1,200}) does not appear to have a file named (?<file2>[\w.-]{1,100})/,
    errorType: 'OSError',
    category: 'io',
    priority: 8,
    summary: (c) => {
      const model = c.model ?? c.model2 ?? c.model3 ?? c.dir;
      if (c.what) return `transformers could not load the ${c.what} for '${model}'.`;
      if (c.files) return `No model weights file was found in ${c.dir}.`;
      return `transformers could not find ${c.file ?? c.file2 ?? 'the model files'}${model ? ` for '${model}'` : ''}.`;
    },
    explanation: (c) =>
      `from_pretrained() resolves a name either as a local directory or as a repository on the Hugging Face Hub, and raises OSError when neither gives the files it needs. ${
        c.files
          ? 'The directory exists but holds no weights under the names transformers looks for: the download was partial, the weights are sharded or named differently (model-00001-of-00002.safetensors without its index file), or the folder holds another library\'s checkpoint.'
          : 'Either the machine cannot reach huggingface.co (no network, a proxy or firewall, the Hub blocked in the region) and the files are not in the local cache, or the name is wrong, or a local folder with the same name shadows the repository, or the repository is gated or private and no token was given.'
      }`,
    causes: [
      'No network access to huggingface.co and the files are not cached yet',
      'A local directory with the same name as the model id (a folder named like the repo in the working directory)',
      'A gated or private model (Llama, Mistral…) loaded without accepting its licence or logging in',
      'An incomplete download, or weights under other file names',
    ],
    fixes: (c) => {
      const model = c.model ?? c.model2 ?? c.model3 ?? c.dir ?? 'the model';
      return [
        fix(
          `Download ${model} once, then load it from disk`,
          [
            'On a machine with access, download the repository (huggingface-cli download) and point from_pretrained at the local folder.',
            'For gated models, accept the licence on the model page and log in (huggingface-cli login) or pass token=….',
            'Behind a firewall, set HF_ENDPOINT to a mirror, or HF_HUB_OFFLINE=1 to use only the cache.',
            'Rename or remove a local folder that has the same name as the model id.',
          ],
          `huggingface-cli download ${model} --local-dir ./models/${model.split(/[\\/]/).pop()}\n\n# then\ntokenizer = AutoTokenizer.from_pretrained("./models/${model.split(/[\\/]/).pop()}")`,
        ),
      ];
    },
    references: [HF_AUTO, HF_LOADING],
    samples: [
      "OSError: Can't load tokenizer for 'bert-base-uncased'. If you were trying to load it from 'https://huggingface.co/models', make sure you don't have a local directory with the same name. Otherwise, make sure 'bert-base-uncased' is the correct path to a directory containing all relevant files for a BertTokenizer tokenizer.",
    ],
  },
  {
    id: 'python.huggingface-hub-error',
    language: 'python',
    // huggingface_hub's own classes printed with their module: "huggingface_hub.utils._errors.LocalEntryNotFoundError: …".
    match:
      /huggingface_hub\.(?:utils\._errors|errors)\.(?<cls>LocalEntryNotFoundError|RepositoryNotFoundError|GatedRepoError|EntryNotFoundError|RevisionNotFoundError|HfHubHTTPError): (?<msg>[^\n]{1,300})/,
    errorType: (c) => c.cls,
    category: 'network',
    priority: 8,
    summary: (c) => `The Hugging Face Hub client raised ${c.cls}.`,
    explanation: (c) =>
      c.cls === 'LocalEntryNotFoundError'
        ? 'huggingface_hub could not reach the Hub (no network, a proxy, a firewall, or offline mode) and the file is not in the local cache either.'
        : c.cls === 'GatedRepoError' || c.cls === 'RepositoryNotFoundError'
          ? 'The Hub refused the repository: it does not exist under that name, or it is private or gated and the request carried no token with access.'
          : `The Hub answered the request with an error: ${c.msg}`,
    causes: ['No network access to huggingface.co, and nothing cached', 'A wrong repository id or revision', 'A gated or private repository without a token'],
    fixes: (c) => [
      fix(
        `Check access, then download once (${c.cls})`,
        [
          'Log in (huggingface-cli login) after accepting the model\'s licence on its page, or pass token=….',
          'Download on a machine with access and copy the cache (~/.cache/huggingface/hub), or set HF_ENDPOINT to a mirror.',
        ],
        'huggingface-cli login\nhuggingface-cli download <repo-id>\nHF_HUB_OFFLINE=1 python app.py  # use only the cache',
      ),
    ],
    references: [HF_HUB_ERRORS],
    samples: [
      'huggingface_hub.utils._errors.LocalEntryNotFoundError: An error happened while trying to locate the file on the Hub and we cannot find the requested files in the local cache. Please check your connection and try again or make sure your Internet connection is on.',
    ],
  },
  {
    id: 'python.transformers-pad-token',
    language: 'python',
    match: /Asking to pad but the tokenizer does not have a padding token/,
    errorType: 'ValueError',
    category: 'runtime',
    priority: 8,
    summary: 'The tokenizer was asked to pad but has no padding token.',
    explanation:
      'Padding a batch to one length needs a pad token, and GPT-style tokenizers (GPT-2, Llama, GPT-NeoX, Mistral) define none. transformers raises ValueError when padding=True (or a data collator pads) with such a tokenizer.',
    causes: ['A decoder-only model\'s tokenizer (GPT-2, Llama…) used with padding=True or a padding data collator'],
    fixes: [
      fix(
        'Give the tokenizer a pad token',
        [
          'Reuse the end-of-sequence token as padding (the attention mask hides it), or add a new [PAD] token and resize the embeddings.',
          'For generation with decoder-only models, pad on the left.',
        ],
        "tokenizer.pad_token = tokenizer.eos_token\n# or\ntokenizer.add_special_tokens({'pad_token': '[PAD]'})\nmodel.resize_token_embeddings(len(tokenizer))",
      ),
    ],
    references: [HF_PADDING],
    samples: [
      "ValueError: Asking to pad but the tokenizer does not have a padding token. Please select a token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`.",
    ],
  },
  {
    id: 'python.sklearn-input-nan',
    language: 'python',
    // scikit-learn's check_array: "Input contains NaN, infinity or a value too large for dtype('float64')." and the
    // newer "Input X contains NaN." / "Input y contains infinity".
    match:
      /Input (?:(?<which>X|y) )?contains (?:NaN, infinity or a value too large for (?<dtype>dtype\('\w{1,20}'\))|NaN|infinity)/,
    errorType: 'ValueError',
    category: 'runtime',
    priority: 8,
    summary: (c) => `The data given to scikit-learn contains NaN or infinite values${c.dtype ? ` (${c.dtype})` : ''}.`,
    explanation: (c) =>
      `scikit-learn validates ${c.which ? `the ${c.which} array` : 'its input'} before fitting or predicting and raises ValueError when it finds NaN (missing values, often from pandas), +/-inf (a division by zero, log(0)), or numbers too large for ${c.dtype ?? 'the dtype'}. Most estimators cannot handle missing values themselves.`,
    causes: [
      'Missing values in the DataFrame (read_csv blanks, a merge that did not match)',
      'Infinity from a division by zero or log(0) in feature engineering',
      'Values too large for float32/float64 after a transformation',
    ],
    fixes: [
      fix(
        'Find and impute or drop the bad values',
        [
          'Count NaN and inf per column, then impute (SimpleImputer in a Pipeline) or drop those rows.',
          'Replace inf with NaN first so the imputer handles both.',
        ],
        'import numpy as np\nprint(X.isna().sum(), np.isinf(X.select_dtypes("number")).sum())\nX = X.replace([np.inf, -np.inf], np.nan)\n\nfrom sklearn.impute import SimpleImputer\nfrom sklearn.pipeline import make_pipeline\nmodel = make_pipeline(SimpleImputer(strategy="median"), LogisticRegression())',
      ),
    ],
    references: [SKLEARN_MISSING],
    samples: ["ValueError: Input contains NaN, infinity or a value too large for dtype('float64')."],
  },
  {
    id: 'python.sklearn-inconsistent-samples',
    language: 'python',
    match: /Found input variables with inconsistent numbers of samples: \[(?<counts>\d{1,12}(?:, \d{1,12}){1,10})\]/,
    errorType: 'ValueError',
    category: 'runtime',
    priority: 8,
    summary: (c) => `X and y have different numbers of rows: [${c.counts}].`,
    explanation: (c) =>
      `scikit-learn checks that every array passed together (X and y, y_true and y_pred, the arrays given to train_test_split) has the same number of samples; these have ${c.counts}. One of them was filtered, reshaped or transposed without the other.`,
    causes: [
      'Rows dropped from X (dropna) but not from y',
      'A 1-D feature reshaped the wrong way: reshape(1, -1) instead of reshape(-1, 1)',
      'Predictions made on another split than the labels they are compared with',
    ],
    fixes: (c) => [
      fix(
        `Make the arrays the same length (${c.counts})`,
        [
          'Print the shapes; drop missing rows from X and y together, and reshape a single feature with reshape(-1, 1).',
        ],
        'print(X.shape, y.shape)\ndf = df.dropna(subset=features + [target])\nX, y = df[features], df[target]\nX = np.asarray(x).reshape(-1, 1)  # one feature, many samples',
      ),
    ],
    references: [SKLEARN_SPLIT],
    samples: ['ValueError: Found input variables with inconsistent numbers of samples: [16, 4]'],
  },
  {
    // NumPy's ValueError message quoted alone ("operands could not be broadcast together with shapes (2,3) (3,2)"):
    // python.numpy-broadcast's answer, which needs the line with its class.
    ...patternById(PYTHON_PATTERNS, 'python.numpy-broadcast'),
    id: 'python.numpy-broadcast-message',
    match: /operands could not be broadcast together with (?:remapped )?shapes (?<shapes>\([\d,]{0,40}\)(?: ?\([\d,]{0,40}\)){1,4})/,
    priority: 5,
    samples: ['operands could not be broadcast together with shapes (128,960,4) (3,) (128,960,4)'],
  },
  {
    id: 'javascript.typeorm-metadata-not-found',
    language: 'javascript',
    // TypeORM's EntityMetadataNotFoundError (printed as "EntityMetadataNotFound" in 0.2), also a logger's or an API's
    // JSON copy of its message: "No metadata for \"User\" was found."
    match: /(?:(?<cls>EntityMetadataNotFound(?:Error)?): )?No metadata for \\?"(?<entity>[^"\\\n]{1,100})\\?" was found/,
    errorType: 'EntityMetadataNotFoundError',
    category: 'configuration',
    priority: 8,
    summary: (c) => `TypeORM has no metadata for the entity "${c.entity}".`,
    explanation: (c) =>
      `A repository or query asked TypeORM for "${c.entity}", but the DataSource (connection) was not given that class in its entities, so it never built metadata for it. Typical reasons: the entities glob points at .ts files while the app runs compiled .js from dist (or the reverse), the class lacks the @Entity() decorator, the DataSource was not initialised yet, or two copies of typeorm are installed.`,
    causes: [
      'The entities option does not include this class (a glob for src/**/*.ts while running dist/**/*.js)',
      'The class has no @Entity() decorator',
      'getRepository() called before dataSource.initialize() finished, or on another DataSource',
      'In NestJS, the entity is missing from TypeOrmModule.forFeature([...]) or autoLoadEntities is off',
    ],
    fixes: (c) => [
      fix(
        `Register ${c.entity} with the DataSource`,
        [
          `List ${c.entity} in entities (the class itself is safest), or fix the glob to match the files that run.`,
          `Make sure the class has @Entity() and that the DataSource is initialised before repositories are used; ${c.cls ?? 'EntityMetadataNotFoundError'} also comes from two installed copies of typeorm (npm ls typeorm).`,
        ],
        `export const AppDataSource = new DataSource({\n  type: 'postgres',\n  // ...\n  entities: [${c.entity}],          // or: [__dirname + '/**/*.entity.{ts,js}']\n});\nawait AppDataSource.initialize();\nconst repo = AppDataSource.getRepository(${c.entity});`,
      ),
    ],
    references: [TYPEORM_ENTITIES],
    samples: ['EntityMetadataNotFoundError: No metadata for "User" was found.'],
  },
  {
    id: 'javascript.typeorm-repository-not-found',
    language: 'javascript',
    // TypeORM 0.2's RepositoryNotFoundError, also its message alone in a JSON response or a NestJS log line: "No
    // repository for "User" was found. Looks like this entity is not registered in current "default" connection?"
    match:
      /No repository for \\?"(?<entity>[^"\\\n]{1,100})\\?" was found\. Looks like this entity is not registered in current \\?"(?<connection>[^"\\\n]{1,60})\\?" (?:connection|data source)/,
    errorType: 'RepositoryNotFoundError',
    category: 'configuration',
    priority: 8,
    summary: (c) => `TypeORM has no repository for "${c.entity}" in the "${c.connection}" connection.`,
    explanation: (c) =>
      `getRepository(${c.entity}) asked the "${c.connection}" connection for an entity it was not given: the class is missing from its entities (a glob that matches .ts files while dist/*.js runs, or the reverse), lacks @Entity(), the connection was not open yet when the repository was requested, or the app has two copies of typeorm (each with its own metadata).`,
    causes: [
      'The entities option or glob does not include this class in the code that actually runs',
      'The class lacks the @Entity() decorator (or is a custom repository class, not an entity)',
      'getRepository() runs before createConnection()/initialize() has finished',
      'typeorm installed twice (npm ls typeorm), so the decorator and the connection see different metadata',
    ],
    fixes: (c) => [
      fix(
        `Register ${c.entity} with the "${c.connection}" connection`,
        [
          `Add ${c.entity} to entities (the class itself, or a glob ending in {.ts,.js}), and give it @Entity().`,
          'Request repositories only after the connection is open; in NestJS list the entity in TypeOrmModule.forFeature([...]).',
          'Run npm ls typeorm and keep a single version.',
        ],
        `createConnection({\n  // ...\n  entities: [${c.entity}],  // or [__dirname + '/**/*.entity{.ts,.js}']\n}).then((connection) => {\n  const repo = connection.getRepository(${c.entity});\n});`,
      ),
    ],
    references: [TYPEORM_ENTITIES],
    samples: ['RepositoryNotFoundError: No repository for "User" was found. Looks like this entity is not registered in current "default" connection?'],
  },
];
