/**
 * Page 1's header and the closing signature block as they will print: the same profile sizes,
 * column split, rules and text as the Word export (core/layout), drawn at real size in a
 * Times-compatible font. Clicking either opens the header form.
 */
import { useTranslation } from 'react-i18next'
import type { Report } from '../../core/model/schema'
import { formatDocNumber, upperVi } from '../../core/format'
import {
  balanceLines,
  dateLineLines,
  drafterLine,
  headerColumns,
  issuerRuleTwips,
  nationalRuleTwips,
  profileFor,
  recipientLines,
  resolveLayout,
  signatureLines,
  titleRuleTwips,
  TWIPS_PER_MM,
  type TextStyle,
} from '../../core/layout'

function css(style: TextStyle): React.CSSProperties {
  return {
    fontSize: `${style.size}pt`,
    fontWeight: style.bold ? 700 : 400,
    fontStyle: style.italic ? 'italic' : 'normal',
    textDecoration: style.underline ? 'underline' : 'none',
  }
}

function mm(twips: number): string {
  return `${(twips / TWIPS_PER_MM).toFixed(1)}mm`
}

/** Lines as printed; the line breaks stay in the text (screen readers and search read one name). */
function Lines({ text }: { text: string }): React.JSX.Element {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <span key={i} className="line">
          {i > 0 && <span className="visually-hidden"> </span>}
          {line || '\u00a0'}
        </span>
      ))}
    </>
  )
}

export function HeaderPreview({ report, onEdit }: { report: Report; onEdit: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const layout = resolveLayout(report.profile, report.layout)
  const p = layout.profile
  const { meta } = report
  const header = p.header
  // The same geometry as the Word file: column split, line breaks and rule lengths.
  const [leftWidth, rightWidth] = headerColumns(layout, meta)
  const parent = meta.parent.trim() === '' ? '' : balanceLines(upperVi(meta.parent.trim()), header.parent, leftWidth)
  const issuer = balanceLines(upperVi(meta.issuer.trim()), header.issuer, leftWidth)
  const title = balanceLines(meta.title.trim(), p.title.summary, layout.textWidth)
  const separator = header.issuerSeparator
  const motto = header.motto
  const kinhGui = meta.kinhGui.filter((r) => r.trim() !== '')
  return (
    <div className="print-header" role="group" aria-label={t('preview.header')}>
      <button type="button" className="preview-edit" onClick={onEdit}>
        {t('preview.edit')}
      </button>
      <div className="hdr-grid" style={{ gridTemplateColumns: `${mm(leftWidth)} ${mm(rightWidth)}` }}>
        <div className="hdr-cell">
          {parent !== '' && (
            <div style={css(header.parent)}>
              <Lines text={parent} />
            </div>
          )}
          <div style={css(header.issuer)}>
            <Lines text={issuer} />
          </div>
          {separator.kind === 'rule' ? (
            <div className="rule" style={{ width: mm(issuerRuleTwips(p, issuer, leftWidth, separator.share)) }} />
          ) : (
            <div style={css(separator.style)}>{separator.text}</div>
          )}
        </div>
        <div className="hdr-cell">
          <div style={css(header.nationalTitle.style)}>{header.nationalTitle.text}</div>
          {motto && <div style={css(motto.style)}>{motto.text}</div>}
          <div className="rule" style={{ width: mm(nationalRuleTwips(p, rightWidth)) }} />
        </div>
        <div className="hdr-cell hdr-row2" style={css(header.number)}>
          {formatDocNumber(report.profile, meta.number, meta.symbol)}
        </div>
        <div className="hdr-cell hdr-row2" style={css(header.date)}>
          <Lines text={dateLineLines(p, meta, rightWidth)} />
        </div>
      </div>
      <div className="doc-kind" style={css(p.title.kind.style)}>
        {p.title.kind.text}
      </div>
      <div className="doc-summary" style={css(p.title.summary)}>
        {meta.title ? <Lines text={title} /> : <span className="muted">{t('preview.noTitle')}</span>}
      </div>
      {p.title.separator.kind === 'rule' ? (
        <div className="rule rule-title" style={{ width: mm(titleRuleTwips(p, title, layout.textWidth, p.title.separator.share)) }} />
      ) : (
        <div className="doc-summary" style={css(p.title.separator.style)}>
          {p.title.separator.text}
        </div>
      )}
      {kinhGui.length > 0 && (
        <div className="kinh-gui" style={css(p.kinhGui)}>
          {kinhGui.length === 1 ? (
            `${p.kinhGuiLayout.label} ${kinhGui[0]}`
          ) : (
            <>
              <div>{p.kinhGuiLayout.label}</div>
              {kinhGui.map((r, i) => (
                <div key={i} className="kinh-gui-item">
                  - {r}
                  {i === kinhGui.length - 1 ? '.' : ';'}
                </div>
              ))}
            </>
          )}
        </div>
      )}
    </div>
  )
}

/** The page box as it will print: margins, body size and line spacing of the report's layout. */
export function pageStyle(report: Report): React.CSSProperties {
  const layout = resolveLayout(report.profile, report.layout)
  const { margins } = layout
  const spacing = layout.profile.body.lineSpacing
  return {
    padding: `${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm`,
    fontSize: `${layout.bodySize}pt`,
    // Word's single spacing for Times New Roman is about 1.15 em.
    lineHeight: spacing.mode === 'exact' ? `${layout.lineSpacing}pt` : String(1.15 * layout.lineSpacing),
  }
}

export function SignaturePreview({ report, onEdit }: { report: Report; onEdit: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const p = profileFor(report.profile)
  const { meta } = report
  const drafter = drafterLine(meta)
  return (
    <div className="print-signature" role="group" aria-label={t('preview.signature')}>
      <button type="button" className="preview-edit" onClick={onEdit}>
        {t('preview.edit')}
      </button>
      {p.body.endMark && <div className="end-mark muted small">{t('preview.endMark', { mark: p.body.endMark })}</div>}
      <div className="sig-grid" style={{ gridTemplateColumns: `${p.header.leftShare * 100}% 1fr` }}>
        <div className="sig-left">
          <div style={css(p.recipients.label.style)}>{p.recipients.label.text}</div>
          {recipientLines(p, meta).map((line, i) => (
            <div key={i} style={css(p.recipients.item)}>
              {line}
            </div>
          ))}
          {drafter && (
            <div className="drafter" style={css(p.drafter)}>
              {drafter}
            </div>
          )}
        </div>
        <div className="sig-right">
          {signatureLines(p, meta.signer).map((line, i) => (
            <div key={i} style={css(line.authority ? p.signature.authority : p.signature.title)}>
              {line.text}
            </div>
          ))}
          <div className="sig-gap" style={{ height: `${p.signature.gapLines * 1.2 * p.signature.name.size}pt` }} />
          <div style={css(p.signature.name)}>{meta.signer.name || <span className="muted">{t('preview.noSigner')}</span>}</div>
        </div>
      </div>
    </div>
  )
}
