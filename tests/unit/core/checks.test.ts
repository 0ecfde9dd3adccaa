import { describe, expect, it } from 'vitest'
import { runChecks as runChecksRaw } from '../../../core/checks'
import { hasBlockingProblems } from '../../../core/checks/problem'
import { Problem } from '../../../core/checks/problem'
import { problemText } from '../../../core/i18n/words'
import { contentFromParagraphs, emptyContent } from '../../../core/model/lexical'
import { contentText } from '../../../core/nodes/plain-text'
import { coreResources, coreTranslate, tCore } from '../../../core/i18n'
import type { Section } from '../../../core/model/schema'
import { instantiate, parseTemplate } from '../../../core/templates/instantiate'
import templateData from '../../../templates/tong-ket-nam.ubnd-phuong.json'
import { makeReport, makeSection, worded } from './report-factory'

/** The checks with each problem's Vietnamese message. */
const check = (...args: Parameters<typeof runChecksRaw>): ReturnType<typeof worded> => worded(runChecksRaw(...args))
const codes = (problems: readonly Pick<Problem, 'code'>[]): string[] => problems.map((p) => p.code)

describe('the report factory', () => {
  it('builds the report the brief describes', () => {
    const report = makeReport()
    expect(report.meta.issuer).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN')
    expect(report.meta.signer).toEqual({
      authority: 'TM',
      body: 'ỦY BAN NHÂN DÂN',
      headTitle: 'CHỦ TỊCH',
      title: 'CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    })
    expect(report.sections[0]?.children).toHaveLength(2)
  })

  it('merges meta and signer overrides field by field', () => {
    const report = makeReport({ profile: 'party', meta: { number: '', signer: { name: 'Trần Thị Bình' } } })
    expect(report.profile).toBe('party')
    expect(report.meta.number).toBe('')
    expect(report.meta.symbol).toBe('BC-UBND')
    expect(report.meta.signer.name).toBe('Trần Thị Bình')
    expect(report.meta.signer.title).toBe('CHỦ TỊCH')
  })

  it('refuses overrides the schema rejects', () => {
    expect(() => makeReport({ meta: { period: { kind: 'year', year: 1800 } } })).toThrow()
  })
})

describe('runChecks on a complete report', () => {
  it.each([true, false])('finds nothing (draft: %s)', (draft) => {
    expect(check(makeReport(), { draft })).toEqual([])
  })

  it('returns problems that satisfy the contract, with Vietnamese messages in NFC', () => {
    const report = makeReport({ meta: { number: '', date: null, issuer: '', signer: { name: '' } } })
    for (const problem of runChecksRaw(report, { draft: false })) {
      expect(Problem.parse(problem)).toEqual(problem)
      const message = problemText(problem, coreTranslate('vi'))
      expect(message).toBe(message.normalize('NFC'))
      expect(message).not.toMatch(/checks\.|\{\{/)
    }
  })
})

describe('fields a draft may leave open', () => {
  it.each([
    ['missingSignerName', { signer: { name: '' } }, 'meta.signer.name'],
    ['missingSignerTitle', { signer: { title: ' ' } }, 'meta.signer.title'],
  ] as const)('%s: error for a final export, warning for a draft', (code, meta, target) => {
    const report = makeReport({ meta })
    const final = check(report, { draft: false })
    const draft = check(report, { draft: true })
    expect(final).toEqual([expect.objectContaining({ code, severity: 'error', target })])
    expect(draft).toEqual([expect.objectContaining({ code, severity: 'warning', target })])
    expect(hasBlockingProblems(final)).toBe(true)
    expect(hasBlockingProblems(draft)).toBe(false)
  })

  it.each([
    ['missingNumber', { number: '  ' }, 'meta.number'],
    ['missingDate', { date: null }, 'meta.date'],
  ] as const)('%s: a note, never a blocker — the văn thư fills it in on the signed copy', (code, meta, target) => {
    const report = makeReport({ meta })
    for (const draft of [true, false]) {
      const problems = runChecksRaw(report, { draft })
      expect(problems).toEqual([expect.objectContaining({ code, severity: 'warning', target })])
      expect(hasBlockingProblems(problems)).toBe(false)
    }
  })

  it('explains the problem to the clerk', () => {
    const [problem] = check(makeReport({ meta: { number: '' } }), { draft: false })
    expect(problem?.message).toBe('Chưa có số văn bản: bản in để trống chỗ ghi số để văn thư ghi khi đăng ký văn bản đi.')
  })
})

describe('fields required even for a draft', () => {
  it.each([
    ['missingIssuer', { issuer: ' \n ' }, 'meta.issuer'],
    ['missingTitle', { title: '' }, 'meta.title'],
    ['missingPlace', { place: '   ' }, 'meta.place'],
    ['invalidDate', { date: '2025-02-30' }, 'meta.date'],
    ['invalidDate', { date: '31/02/2026' }, 'meta.date'],
    ['invalidDate', { date: '02/12/20233' }, 'meta.date'],
    ['invalidNumber', { number: '15/BC-UBND' }, 'meta.number'],
    ['invalidNumber', { number: 'abc' }, 'meta.number'],
    ['invalidNumber', { number: '-3' }, 'meta.number'],
    ['invalidCopies', { copies: 'mười' }, 'meta.copies'],
    ['invalidCopies', { copies: 2.5 }, 'meta.copies'],
  ] as const)('%s is an error either way', (code, meta, target) => {
    const report = makeReport({ meta })
    for (const draft of [true, false]) {
      expect(check(report, { draft })).toEqual([expect.objectContaining({ code, severity: 'error', target })])
    }
  })

  it('says the number is typed without its symbol, which is printed after it', () => {
    const [problem] = check(makeReport({ meta: { number: ' 15/BC-UBND ', symbol: 'BC-UBND' } }), { draft: true })
    expect(problem?.message).toBe(
      'Số văn bản “15/BC-UBND” không đúng: ô Số chỉ ghi số thứ tự bằng chữ số, ví dụ 15; ký hiệu “BC-UBND” được in tự động sau số.',
    )
    for (const number of ['15', ' 07 ', '1234']) expect(check(makeReport({ meta: { number } }), { draft: false })).toEqual([])
  })

  it('names the impossible date as typed, with the form to type', () => {
    const [problem] = check(makeReport({ meta: { date: '31/02/2026' } }), { draft: true })
    expect(problem?.message).toBe(
      'Ngày ban hành “31/02/2026” không phải là một ngày có thật. Hãy gõ lại theo dạng ngày/tháng/năm, ví dụ 02/12/2026.',
    )
  })

  it('names an indicator figure that is not a number yet, its row and its column', () => {
    const report = makeReport({
      indicators: [
        {
          id: 't',
          key: '',
          title: 'Chỉ tiêu',
          columns: 'state',
          rows: [
            {
              id: 'r',
              key: '',
              name: 'Thu ngân sách',
              unit: 'triệu đồng',
              kind: 'plan',
              planWord: 'kế hoạch',
              plan: 100,
              actual: '12.5',
              previous: null,
              estimate: false,
              targetRate: null,
              note: '',
            },
          ],
        },
      ],
    })
    const problems = check(report, { draft: true })
    expect(problems).toEqual([expect.objectContaining({ code: 'invalidFigure', severity: 'error', target: 'indicators.t.r.actual' })])
    expect(problems[0]?.message).toContain('“Thu ngân sách”: ô “Thực hiện” ghi “12.5”')
  })
})

describe('emptySection', () => {
  it('warns about an empty leaf, naming it and pointing at its id', () => {
    const report = makeReport({
      sections: [
        makeSection(
          'a',
          'Kết quả thực hiện nhiệm vụ năm 2025',
          [],
          [makeSection('a-1', 'Kinh tế', ['Thu ngân sách đạt 165,65% dự toán.']), makeSection('a-2', 'Văn hóa - xã hội')],
        ),
      ],
    })
    const problems = check(report, { draft: false })
    expect(problems).toEqual([
      {
        code: 'emptySection',
        severity: 'warning',
        target: 'a-2',
        message: 'Mục “Văn hóa - xã hội” chưa có nội dung; bản chính thức sẽ không in mục này.',
      },
    ])
    expect(hasBlockingProblems(problems)).toBe(false)
  })

  it.each([
    ['null content', null],
    ['an empty paragraph', emptyContent()],
    ['only spaces', contentFromParagraphs(['   ', ''])],
  ])('treats %s as empty', (_name, content) => {
    const section = { ...makeSection('b', 'Quốc phòng - an ninh'), content }
    expect(codes(check(makeReport({ sections: [section] }), { draft: true }))).toEqual(['emptySection'])
  })

  it('does not flag a parent whose children have content', () => {
    const report = makeReport({ sections: [makeSection('p', 'Phần cha', [], [makeSection('c', 'Con', ['Nội dung.'])])] })
    expect(check(report, { draft: false })).toEqual([])
  })

  it('flags a leaf deep in the tree and falls back to a label for an untitled one', () => {
    const report = makeReport({ sections: [makeSection('p', 'Cha', [], [makeSection('c', 'Con', [], [makeSection('g', '  ')])])] })
    expect(check(report, { draft: false })).toEqual([
      expect.objectContaining({
        code: 'emptySection',
        target: 'g',
        message: 'Mục “(chưa có tên)” chưa có nội dung; bản chính thức sẽ không in mục này.',
      }),
    ])
  })
})

describe('placeholder', () => {
  const withText = (...paragraphs: string[]) => makeReport({ sections: [makeSection('mo-dau', 'Mở đầu', paragraphs)] })

  it('flags a blank left in a section, with an excerpt', () => {
    const report = withText(
      'Thực hiện Nghị quyết số …/NQ-HĐND ngày … của Hội đồng nhân dân phường về nhiệm vụ năm 2025, Ủy ban nhân dân phường báo cáo như sau:',
    )
    const final = check(report, { draft: false })
    expect(final).toHaveLength(1)
    expect(final[0]).toMatchObject({ code: 'placeholder', severity: 'error', target: 'mo-dau' })
    expect(final[0]?.message).toMatch(/^Mục “Mở đầu” còn chỗ để trống chưa điền: “.*…\/NQ-HĐND.*”\.$/)
    expect(check(report, { draft: true })[0]?.severity).toBe('warning')
  })

  it('reports one problem per section however many blanks it has', () => {
    const report = withText('Số …/NQ-HĐND.', 'Thu đạt XX tỷ đồng.', 'Kết quả: [...]')
    expect(codes(check(report, { draft: false }))).toEqual(['placeholder'])
  })

  it('checks every section, parents included', () => {
    const parent = {
      ...makeSection('p', 'Cha', [], [makeSection('c', 'Con', ['Đạt …% kế hoạch.'])]),
      content: contentFromParagraphs(['Theo Kế hoạch số …/KH-UBND.']),
    }
    expect(check(makeReport({ sections: [parent] }), { draft: true }).map((p) => [p.code, p.target])).toEqual([
      ['placeholder', 'p'],
      ['placeholder', 'c'],
    ])
  })

  it('flags a blank in a section title', () => {
    const report = makeReport({ sections: [makeSection('t', 'Kết quả năm …', ['Nội dung.'])] })
    expect(check(report, { draft: false })).toEqual([expect.objectContaining({ code: 'placeholder', target: 't' })])
  })

  it('leaves ordinary prose alone', () => {
    const report = withText(
      'Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao... chào mừng các ngày lễ lớn.',
      'Hoàn thành 12/12 chỉ tiêu, tiếp nhận 8.833 hồ sơ (đạt 99,96%); thế kỷ XXI.',
    )
    expect(check(report, { draft: false })).toEqual([])
  })

  it('flags a blank left in a header field, naming the field', () => {
    const problems = check(makeReport({ meta: { issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG …' } }), { draft: false })
    expect(problems).toEqual([
      {
        code: 'placeholder',
        severity: 'error',
        target: 'meta.issuer',
        message: 'Ô “Cơ quan ban hành” còn chỗ để trống chưa điền: “ỦY BAN NHÂN DÂN PHƯỜNG …”.',
      },
    ])
  })

  it.each([
    [{ number: '…' }, 'meta.number'],
    [{ recipients: ['UBND thành phố Huế', 'Thường trực HĐND phường …'] }, 'meta.recipients'],
    [{ kinhGui: ['Ủy ban nhân dân thành phố …'] }, 'meta.kinhGui'],
    [{ signer: { name: 'Nguyễn Văn …' } }, 'meta.signer.name'],
    [{ archive: 'VT, …' }, 'meta.archive'],
  ])('flags %j at %s', (meta, target) => {
    const problems = check(makeReport({ meta }), { draft: true })
    expect(problems).toEqual([expect.objectContaining({ code: 'placeholder', severity: 'warning', target })])
  })
})

describe('authorityMismatch', () => {
  it('rejects TUQ on the Party side', () => {
    const report = makeReport({
      profile: 'party',
      meta: { symbol: 'BC/ĐU', title: 'tổng kết công tác năm 2025', signer: { authority: 'TUQ', headTitle: 'BÍ THƯ' } },
    })
    for (const draft of [true, false]) {
      expect(check(report, { draft })).toEqual([
        expect.objectContaining({ code: 'authorityMismatch', severity: 'error', target: 'meta.signer.authority' }),
      ])
    }
  })

  it('accepts TUQ on the state side', () => {
    expect(
      check(makeReport({ meta: { signer: { authority: 'TUQ', headTitle: 'CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG' } } }), { draft: false }),
    ).toEqual([])
  })

  it('needs the collective after TM.', () => {
    const problems = check(makeReport({ meta: { signer: { body: '' } } }), { draft: true })
    expect(problems).toEqual([expect.objectContaining({ code: 'authorityMismatch', severity: 'error', target: 'meta.signer.body' })])
    expect(problems[0]?.message).toContain('“TM.”')
  })

  it('spells the mark the Party way in its message', () => {
    const problems = check(makeReport({ profile: 'party', meta: { title: 'tổng kết công tác năm 2025', signer: { body: ' ' } } }), {
      draft: true,
    })
    expect(problems[0]?.message).toContain('“T/M”')
  })

  it.each(['KT', 'TL', 'TUQ'] as const)('needs the head title after %s', (authority) => {
    const problems = check(makeReport({ meta: { signer: { authority, headTitle: '' } } }), { draft: true })
    expect(problems).toEqual([expect.objectContaining({ code: 'authorityMismatch', severity: 'error', target: 'meta.signer.headTitle' })])
  })

  it.each(['none', 'Q'] as const)('asks nothing more of %s', (authority) => {
    expect(check(makeReport({ meta: { signer: { authority, body: '', headTitle: '' } } }), { draft: false })).toEqual([])
  })
})

describe('missingRecipients', () => {
  it('warns when there are neither recipients nor an archive line', () => {
    const problems = check(makeReport({ meta: { recipients: [], archive: '' } }), { draft: false })
    expect(problems).toEqual([expect.objectContaining({ code: 'missingRecipients', severity: 'warning', target: 'meta.recipients' })])
  })

  it('treats blank lines as no recipients', () => {
    expect(codes(check(makeReport({ meta: { recipients: ['  '], archive: ' ' } }), { draft: false }))).toEqual(['missingRecipients'])
  })

  it.each([[{ recipients: [], archive: 'VT, VP' }], [{ recipients: ['UBND thành phố Huế'], archive: '' }]])(
    'is satisfied by either: %j',
    (meta) => {
      expect(check(makeReport({ meta }), { draft: false })).toEqual([])
    },
  )
})

const flatten = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...flatten(s.children)])

describe('a report fresh from the template', () => {
  let n = 0
  const report = instantiate(parseTemplate(templateData), { year: 2025, appVersion: '0.1.0', newId: () => `id-${++n}` })
  const blanks = check(report, { draft: true }).filter((p) => p.code === 'placeholder')

  it('has every blank the template leaves for the clerk flagged', () => {
    // Follows the template's own marking of blanks ("[số]", "…"), whatever text it holds today.
    const marked = /\[[^\]]*\]|…/u
    const expected = [
      ...(marked.test(report.meta.issuer) ? ['meta.issuer'] : []),
      ...flatten(report.sections)
        .filter((s) => marked.test(contentText(s.content)))
        .map((s) => s.id),
    ]
    expect(expected.length).toBeGreaterThan(0)
    for (const target of expected) expect(blanks.map((p) => p.target)).toContain(target)
  })

  it('cannot be exported as final', () => {
    expect(hasBlockingProblems(check(report, { draft: false }))).toBe(true)
  })
})

describe('order and blocking', () => {
  it('lists problems in page order: header, sections, signature, Nơi nhận', () => {
    const report = makeReport({
      meta: { issuer: '', number: '', date: null, signer: { name: '' }, recipients: [], archive: '' },
      sections: [makeSection('x', 'Trống')],
    })
    expect(codes(check(report, { draft: true }))).toEqual([
      'missingIssuer',
      'missingNumber',
      'missingDate',
      'emptySection',
      'missingSignerName',
      'missingRecipients',
    ])
  })

  it('hasBlockingProblems is true only with an error', () => {
    const warning: Problem = { code: 'emptySection', severity: 'warning', params: {} }
    const error: Problem = { code: 'missingTitle', severity: 'error', params: {} }
    expect(hasBlockingProblems([])).toBe(false)
    expect(hasBlockingProblems([warning])).toBe(false)
    expect(hasBlockingProblems([warning, error])).toBe(true)
  })
})

describe('checks messages', () => {
  const leaves = (value: unknown, prefix = ''): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, `${prefix}${k}.`))
      : [[prefix.slice(0, -1), value]]

  it('have the same keys in Vietnamese and English', () => {
    const keys = (value: unknown): string[] =>
      leaves(value)
        .map(([key]) => key)
        .sort()
    expect(keys(coreResources.en.checks)).toEqual(keys(coreResources.vi.checks))
  })

  it('are non-empty strings in NFC', () => {
    for (const [key, text] of [...leaves(coreResources.vi.checks), ...leaves(coreResources.en.checks)]) {
      expect(typeof text, key).toBe('string')
      expect(text, key).not.toBe('')
      expect(text, key).toBe(String(text).normalize('NFC'))
    }
  })

  it('exist in English for every message the checks produce', () => {
    const report = makeReport({
      meta: {
        issuer: '',
        number: '',
        place: '',
        date: null,
        title: '',
        signer: { body: '', name: '', title: '' },
        recipients: [],
        archive: '',
        drafter: '…',
      },
      sections: [makeSection('x', 'Trống'), makeSection('y', 'Có chỗ trống', ['Số …/NQ-HĐND'])],
    })
    const produced = new Set<string>(runChecksRaw(report, { draft: false }).map((p) => p.code))
    for (const key of [
      'missingIssuer',
      'missingNumber',
      'missingPlace',
      'missingDate',
      'missingTitle',
      'emptySection',
      'placeholder',
      'missingSignerTitle',
      'missingSignerName',
      'authorityMismatch',
      'missingRecipients',
    ]) {
      expect(produced.has(key), key).toBe(true)
    }
    expect(tCore('checks.missingTitle', {}, 'en')).toBe('The summary line (trích yếu, under the word BÁO CÁO) is missing.')
    expect(tCore('checks.placeholder', { field: 'Drafter', excerpt: '…', context: 'field' }, 'en')).toBe(
      'The field “Drafter” still has a blank to fill in: “…”.',
    )
    expect(tCore('checks.authorityMismatch', { mark: 'KT.', context: 'noHeadTitle' }, 'en')).toContain('Signed “KT.”')
  })

  it('are worded wholly in English for an English reader, labels and periods included', () => {
    const report = makeReport({
      meta: { drafter: '…', date: '2024-01-15', signer: { body: '' } },
      sections: [makeSection('x', '  ')],
    })
    const english = worded(runChecksRaw(report, { draft: true, today: new Date(2026, 0, 10) }), 'en').map((p) => p.message)
    expect(english).toEqual([
      'The date of issue 15/01/2024 does not fit the period (the year 2025).',
      'Section “(untitled)” has no content yet; a final copy will leave it out.',
      'Signed “TM.” (on behalf of) but the collective body is missing (for example: ỦY BAN NHÂN DÂN).',
      'The field “Drafter” still has a blank to fill in: “…”.',
    ])
    expect(worded(runChecksRaw(report, { draft: true, today: new Date(2026, 0, 10) }))[0]?.message).toBe(
      'Ngày ban hành 15/01/2024 không khớp với kỳ báo cáo (năm 2025).',
    )
  })
})
