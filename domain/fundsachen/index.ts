export * from './categories';
export * from './found-item';
export * from './filter-found-items';
