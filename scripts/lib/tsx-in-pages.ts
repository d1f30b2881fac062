// tsx keeps function names with a `__name` helper, which it also calls inside functions handed to a
// page (page.evaluate); pages do not have it. This gives them a no-op one.
export const TSX_NAME_HELPER = 'globalThis.__name = (target) => target;';
