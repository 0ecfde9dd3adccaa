/** The ↑ ↓ × buttons of an item of a list the clerk orders (an indicator table, an indicator row). */
export interface MoveDeleteButtonsProps {
  labels: { up: string; down: string; remove: string }
  index: number
  count: number
  readOnly: boolean
  onMove: (step: -1 | 1) => void
  onDelete: () => void
}

export function MoveDeleteButtons({ labels, index, count, readOnly, onMove, onDelete }: MoveDeleteButtonsProps): React.JSX.Element {
  return (
    <>
      <button type="button" className="icon-btn" aria-label={labels.up} disabled={readOnly || index === 0} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={labels.down}
        disabled={readOnly || index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" className="icon-btn icon-danger" aria-label={labels.remove} disabled={readOnly} onClick={onDelete}>
        ×
      </button>
    </>
  )
}
