/* konkurs-sector.c — the priority sectors of the Presidential Youth
 * Personnel Reserve
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-sector.h"

static const KonkursSector sectors[] = {
  { "Инфрақұрылым, өнеркәсіп және сауда саясаты", N_("Infrastructure, industry and trade policy") },
  { "Агроөнеркәсіптік кешен және экология", N_("Agro-industrial complex and environment") },
  { "Сыртқы саясат және инвестициялар", N_("Foreign policy and investment") },
  { "Экономикалық және қаржылық саясат", N_("Economic and financial policy") },
  { "Цифрландыру", N_("Digitalisation") },
  { "Әлеуметтік саясат және азаматтық қоғам", N_("Social policy and civil society") },
};

const KonkursSector *
konkurs_sector_list (guint *n_sectors)
{
  if (n_sectors != NULL)
    *n_sectors = G_N_ELEMENTS (sectors);
  return sectors;
}

const char *
konkurs_sector_get_label (const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    if (g_strcmp0 (sectors[i].value, value) == 0)
      return sectors[i].label;
  return NULL;
}
