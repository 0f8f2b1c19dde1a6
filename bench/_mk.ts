import { bundleEngine } from './engine-bundle'; await bundleEngine('/tmp/cs');
