export { SEARCH_WORDS_VERSION, foldForSearch, requestSearchWords, searchWords } from './search-words';
