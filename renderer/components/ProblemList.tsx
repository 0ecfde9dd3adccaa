/** A list of pre-export problems; each one jumps to the place to fix. */
import { useTranslation } from 'react-i18next'
import type { Problem } from '../../core/checks/problem'
import { describeProblem } from '../app/errors'

export function ProblemList({
  problems,
  onSelect,
}: {
  problems: readonly Problem[]
  onSelect: (target: string | undefined) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <ul className="problems">
      {problems.map((problem, i) => (
        <li key={`${problem.code}-${problem.target ?? ''}-${i}`} className={`problem problem-${problem.severity}`}>
          <button type="button" className="problem-btn" title={t('checkPanel.goTo')} onClick={() => onSelect(problem.target)}>
            <span className="problem-badge">{problem.severity === 'error' ? t('checkPanel.error') : t('checkPanel.warning')}</span>
            <span>{describeProblem(problem)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
