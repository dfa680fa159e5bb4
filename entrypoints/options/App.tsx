import { OptionsPage, type OptionsEnv } from '@/components/options/OptionsPage';

export function App({ env }: { env: OptionsEnv }) {
  return <OptionsPage env={env} />;
}
