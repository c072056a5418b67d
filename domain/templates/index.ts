export * from './text-template';
export * from './placeholders';
export * from './template-rules';
