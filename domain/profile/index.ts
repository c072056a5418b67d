export { PROFILE_LANGUAGES, PROFILE_TEXT_FIELDS, checkProfile, profileUiLanguage, type Profile, type ProfileLanguage, type ProfileProblem, type ProfileTextField } from './profile';
export { suggestServices, dueMeterReading, type MeterReadingDue } from './suggestions';
