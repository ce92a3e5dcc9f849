// Runs as the panel's page finishes parsing, before its modules: it starts fetching the words of the
// page's likely language beside them, where the panel would ask for them only once its modules ran.
// A hint only: navigator.language is the browser's language, and the panel loads the words it shows.
{
  const language = navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = `/assets/words-${language}.js`;
  document.head.append(link);
}
