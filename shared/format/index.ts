export * from './envelope';
export * from './loadSessionFile';
export * from './migrations';
export * from './restore';
export * from './safeJson';
export * from './safeSessionId';
