import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setTranslator } from '@/lib/i18n/t';
import { App } from './App';

setTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
render(<App />, document.getElementById('app')!);
