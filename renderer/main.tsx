/** Entry point of the UI: fonts, styles, translations, then the app. */
import '@fontsource/tinos/400.css'
import '@fontsource/tinos/700.css'
import '@fontsource/tinos/400-italic.css'
import '@fontsource/tinos/700-italic.css'
// The style sheets, in cascade order (later rules win over earlier ones of the same weight).
import './app/styles/base.css'
import './app/styles/controls.css'
import './app/styles/home.css'
import './app/styles/forms.css'
import './app/styles/editor.css'
import './app/styles/indicators.css'
import './app/styles/page.css'
import './app/styles/dialogs.css'
import './app/styles/proofing.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { i18n } from './i18n'
import { App } from './app/App'
import { client } from './api'
import { BridgeMissing } from './components/BridgeMissing'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{client.bridgeMissing ? <BridgeMissing /> : <App />}</I18nextProvider>
    </StrictMode>,
  )
}
