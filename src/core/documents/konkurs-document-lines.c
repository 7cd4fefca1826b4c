/* konkurs-document-lines.c — the lines of a KonkursDocument that are not
 * running text: signature lines and line pairs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-document-private.h"

/* The layouts of a signature line: the role at the left, then the rule,
 * then the name, the rule and the name on the baseline of the role's last
 * line. */
typedef struct {
  PangoLayout *role;
  PangoLayout *name;
  double       baseline;
  double       name_top;
  double       height;
} Signature;

static void
signature_layout (Pager *pager, Block *block, Signature *signature)
{
  double width = konkurs_pager_body_width (pager);
  g_autoptr(GArray) role_lines = NULL;
  g_autoptr(GArray) name_lines = NULL;

  signature->role = konkurs_document_make_layout (pager->doc, block->text, SIZE_BODY, FALSE,
                                                  width * 0.42, PANGO_ALIGN_LEFT);
  signature->name = konkurs_document_make_layout (pager->doc, block->value, SIZE_BODY, FALSE,
                                                  width * 0.28, PANGO_ALIGN_LEFT);
  role_lines = konkurs_layout_lines (signature->role);
  name_lines = konkurs_layout_lines (signature->name);
  signature->baseline = g_array_index (role_lines, LineBox, role_lines->len - 1).baseline;
  signature->name_top = signature->baseline - g_array_index (name_lines, LineBox, 0).baseline;
  signature->height = MAX (konkurs_layout_height (signature->role),
                           signature->name_top + konkurs_layout_height (signature->name));
}

static void
signature_clear (Signature *signature)
{
  g_clear_object (&signature->role);
  g_clear_object (&signature->name);
}

/* room above each line for a handwritten signature */
#define SIGNATURE_SPACE 22

void
konkurs_pager_add_signature (Pager *pager, Block *block)
{
  double width = konkurs_pager_body_width (pager);
  Signature signature;

  signature_layout (pager, block, &signature);
  konkurs_pager_skip (pager, SIGNATURE_SPACE);
  konkurs_pager_ensure_space (pager, signature.height);
  konkurs_pager_add_layout (pager, signature.role, pager->left, pager->y);
  konkurs_pager_add_item (pager, ITEM_RULE, pager->left + width * 0.45, pager->y + signature.baseline + 2, width * 0.25, 0);
  konkurs_pager_add_layout (pager, signature.name, pager->left + width * 0.72, pager->y + signature.name_top);
  pager->y += signature.height + 4;
  signature_clear (&signature);
}

/* The two texts of a line pair, each on half of the line. */
void
konkurs_pager_add_line_pair (Pager *pager, Block *block)
{
  double half = konkurs_pager_body_width (pager) / 2;
  g_autoptr(PangoLayout) left = konkurs_document_make_layout (pager->doc, block->text, SIZE_BODY, FALSE,
                                                              half - 6, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) right = konkurs_document_make_layout (pager->doc, block->value, SIZE_BODY, FALSE,
                                                               half - 6, PANGO_ALIGN_RIGHT);
  double height = MAX (konkurs_layout_height (left), konkurs_layout_height (right));

  konkurs_pager_ensure_space (pager, height);
  konkurs_pager_add_layout (pager, left, pager->left, pager->y);
  konkurs_pager_add_layout (pager, right, pager->left + half + 6, pager->y);
  pager->y += height + 8;
}

/* Signatures that follow each other sign one act: a protocol whose last
 * signatures stand alone on a new page could be signed under another text,
 * so the run moves to the next page whole when it does not fit. */
void
konkurs_pager_keep_signatures (Pager *pager, GPtrArray *blocks, guint first)
{
  double total = 0;

  for (guint i = first; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      Signature signature;

      if (block->kind != BLOCK_SIGNATURE)
        break;
      signature_layout (pager, block, &signature);
      total += SIGNATURE_SPACE + signature.height + 4;
      signature_clear (&signature);
    }
  konkurs_pager_ensure_space (pager, total);
}
