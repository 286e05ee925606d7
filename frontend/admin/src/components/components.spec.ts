import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ConfirmAction from './ConfirmAction.vue'
import DataTable from './DataTable.vue'
import StateTag from './StateTag.vue'
import UserErrors from './UserErrors.vue'
import { CombinedError } from '@urql/core'

const global = { plugins: [[ElementPlus, { locale: zhCn }]] as never }

afterEach(() => {
  document.body.innerHTML = ''
})

describe('DataTable', () => {
  const rows = Array.from({ length: 20 }, (_, i) => ({ id: String(i), name: `药品${i}` }))

  function mountTable(props: Record<string, unknown> = {}) {
    return mount(DataTable, {
      global,
      props: { rows, total: 45, page: 1, pageSize: 20, ...props },
      slots: { default: '<el-table-column prop="name" label="名称" />' },
    })
  }

  it('shows the server total and the page count', async () => {
    const w = mountTable()
    await flushPromises()
    expect(w.text()).toContain('共 45 条')
    expect(w.findAll('.el-pager li.number').map((li) => li.text())).toEqual(['1', '2', '3'])
  })

  it('asks for the next page', async () => {
    const w = mountTable()
    await flushPromises()
    await w.find('.el-pager li.number:nth-child(2)').trigger('click')
    expect(w.emitted('update:page')?.[0]).toEqual([2])
  })

  it('goes back to page 1 when the page size changes and never asks for more than 100', async () => {
    const w = mountTable({ page: 3 })
    await flushPromises()
    const pagination = w.findComponent({ name: 'ElPagination' })
    pagination.vm.$emit('update:page-size', 50)
    await flushPromises()
    expect(w.emitted('update:pageSize')?.at(-1)).toEqual([50])
    expect(w.emitted('update:page')?.at(-1)).toEqual([1])
    pagination.vm.$emit('update:page-size', 500)
    expect(w.emitted('update:pageSize')?.at(-1)).toEqual([100])
  })

  it('shows a load error with a retry button instead of an empty table', async () => {
    const w = mountTable({ rows: [], total: 0, error: new CombinedError({ networkError: new TypeError('Failed to fetch') }) })
    await flushPromises()
    expect(w.find('[data-test=query-error-message]').text()).toBe('无法连接到服务器，请检查网络后重试')
    await w.find('button[data-test=retry]').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
  })
})

describe('ConfirmAction', () => {
  it('does not open or run when disabled', async () => {
    const action = vi.fn()
    const w = mount(ConfirmAction, { global, props: { label: '审核通过', disabled: true, action }, attachTo: document.body })
    const button = w.find('button[data-test=confirm-action]')
    expect(button.attributes('disabled')).toBeDefined()
    await button.trigger('click')
    await flushPromises()
    expect(document.body.querySelector('[data-test=confirm]')).toBeNull()
    expect(action).not.toHaveBeenCalled()
    w.unmount()
  })

  it('keeps the dialog open and shows the server userErrors, the opinion error under the field', async () => {
    const action = vi.fn(async () => ({
      userErrors: [
        { code: 'OPINION_REQUIRED', message: '「审核驳回」必须填写意见', field: ['opinion'] },
        { code: 'ILLEGAL_TRANSITION', message: '当前状态为「草稿」，不能执行「审核驳回」', field: null },
      ],
    }))
    const w = mount(ConfirmAction, { global, props: { label: '驳回', opinion: true, action }, attachTo: document.body })
    await w.find('button[data-test=confirm-action]').trigger('click')
    await flushPromises()
    ;(document.body.querySelector('[data-test=confirm]') as HTMLButtonElement).click()
    await flushPromises()
    expect(action).toHaveBeenCalledWith('')
    const dialog = document.body.querySelector('.el-dialog') as HTMLElement
    expect(dialog.textContent).toContain('当前状态为「草稿」，不能执行「审核驳回」')
    // The opinion error sits on the opinion field, not in the general list.
    await new Promise((r) => setTimeout(r, 150)) // Element Plus shows field errors after a 100 ms debounce
    expect(dialog.querySelector('.el-form-item.is-error .el-form-item__error')?.textContent).toContain('「审核驳回」必须填写意见')
    expect(dialog.querySelector('[data-test=user-errors]')?.textContent).not.toContain('必须填写意见')
    expect(w.emitted('done')).toBeUndefined()
    w.unmount()
  })

  it('passes the opinion, closes and reports done on success', async () => {
    const action = vi.fn(async () => ({ userErrors: [], payload: { catalogVersion: { id: 'v1' } } }))
    const w = mount(ConfirmAction, { global, props: { label: '审核通过', opinion: true, action }, attachTo: document.body })
    await w.find('button[data-test=confirm-action]').trigger('click')
    await flushPromises()
    const textarea = document.body.querySelector('textarea[data-test=opinion]') as HTMLTextAreaElement
    textarea.value = ' 同意定稿 '
    textarea.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(document.body.querySelector('[data-test=confirm]') as HTMLButtonElement).click()
    await flushPromises()
    expect(action).toHaveBeenCalledWith('同意定稿')
    expect(w.emitted('done')?.[0]).toEqual([{ catalogVersion: { id: 'v1' } }])
    w.unmount()
  })

  it('shows a request failure in the dialog', async () => {
    const action = vi.fn(async () => ({ userErrors: [], error: '无法连接到服务器，请检查网络后重试' }))
    const w = mount(ConfirmAction, { global, props: { label: '发布', action }, attachTo: document.body })
    await w.find('button[data-test=confirm-action]').trigger('click')
    await flushPromises()
    ;(document.body.querySelector('[data-test=confirm]') as HTMLButtonElement).click()
    await flushPromises()
    expect(document.body.querySelector('[data-test=user-errors]')?.textContent).toContain('无法连接到服务器')
    expect(w.emitted('done')).toBeUndefined()
    w.unmount()
  })
})

describe('UserErrors', () => {
  it('lists only the errors not shown next to a form field', () => {
    const w = mount(UserErrors, {
      global,
      props: {
        errors: [
          { code: 'DUPLICATE_VERSION', message: '版本号「2026」已存在', field: ['versionNo'] },
          { code: 'FORBIDDEN', message: '只能修改本局的目录', field: null },
        ],
        fields: ['versionNo'],
      },
    })
    const shown = w.findAll('[data-test=user-error]')
    expect(shown).toHaveLength(1)
    expect(shown[0].text()).toContain('只能修改本局的目录')
    expect(shown[0].text()).toContain('FORBIDDEN')
  })

  it('renders nothing without errors', () => {
    expect(mount(UserErrors, { global, props: { errors: [] } }).find('[data-test=user-errors]').exists()).toBe(false)
  })
})

describe('StateTag', () => {
  it('shows the server label with the state colour', () => {
    const w = mount(StateTag, { global, props: { state: 'PUBLISHED', label: '已发布' } })
    expect(w.text()).toBe('已发布')
    expect(w.find('.el-tag').classes()).toContain('el-tag--success')
  })
})
