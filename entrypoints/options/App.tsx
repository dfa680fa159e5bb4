import { t } from '@/lib/i18n/t';

export function App() {
  return <main><h1>{t('extName')}</h1></main>;
}
