/** class-transformer's decorator metadata, which its package exports at run time without typings. */
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
