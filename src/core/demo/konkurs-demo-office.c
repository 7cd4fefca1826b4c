/* konkurs-demo-office.c — the organisation, its commission and the
 * decisions on admission in the demonstration data, so that a demo
 * database has something in every area (documents to sign, a full export
 * to restore)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-demo-office.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-organisation.h"

static const struct {
  KonkursCommissionRole  role;
  const char            *name_kk;
  const char            *name_ru;
  const char            *position_kk;
  const char            *position_ru;
} members[] = {
  { KONKURS_COMMISSION_CHAIR, "Серікбаев Нұрлан Асқарұлы", "Серикбаев Нурлан Аскарович",
    "Аппарат басшысы", "Руководитель аппарата" },
  { KONKURS_COMMISSION_DEPUTY_CHAIR, "Жұмабекова Айгүл Маратқызы", "Жумабекова Айгуль Маратовна",
    "Персоналды басқару қызметінің басшысы", "Руководитель службы управления персоналом" },
  { KONKURS_COMMISSION_MEMBER, "Әбдірахманов Ерлан Серікұлы", "Абдрахманов Ерлан Серикович",
    "Заң департаментінің директоры", "Директор юридического департамента" },
  { KONKURS_COMMISSION_MEMBER, "Петрова Ольга Николаевна", "Петрова Ольга Николаевна",
    "Қаржы департаментінің директоры", "Директор финансового департамента" },
  { KONKURS_COMMISSION_SECRETARY, "Омарова Дана Қайратқызы", "Омарова Дана Кайратовна",
    "Персоналды басқару қызметінің бас сарапшысы", "Главный эксперт службы управления персоналом" },
};

gboolean
konkurs_demo_fill_office (KonkursStore  *store,
                          GError       **error)
{
  g_autoptr(KonkursOrganisation) organisation = konkurs_store_get_organisation (store, error);
  g_autoptr(GPtrArray) commission = NULL;

  if (organisation == NULL)
    return FALSE;
  if (!konkurs_local_text_is_blank (organisation->state_body))
    return TRUE;

  konkurs_local_text_set (organisation->state_body, KONKURS_DOC_LANGUAGE_KK,
                          "Қазақстан Республикасы Қаржы министрлігі");
  konkurs_local_text_set (organisation->state_body, KONKURS_DOC_LANGUAGE_RU,
                          "Министерство финансов Республики Казахстан");
  konkurs_local_text_set (organisation->address, KONKURS_DOC_LANGUAGE_KK, "Астана қ., Мәңгілік Ел даңғылы, 8");
  konkurs_local_text_set (organisation->address, KONKURS_DOC_LANGUAGE_RU, "г. Астана, проспект Мангилик Ел, 8");
  konkurs_local_text_set (organisation->place, KONKURS_DOC_LANGUAGE_KK, "Астана қ.");
  konkurs_local_text_set (organisation->place, KONKURS_DOC_LANGUAGE_RU, "г. Астана");
  if (!konkurs_store_save_organisation (store, organisation, error))
    return FALSE;

  commission = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_ptr_array_add (commission, konkurs_commission_member_new (members[i].role, members[i].name_kk,
                                                                members[i].name_ru, members[i].position_kk,
                                                                members[i].position_ru));
  return konkurs_store_save_commission (store, commission, error);
}

gboolean
konkurs_demo_decide (KonkursStore            *store,
                     KonkursEligibilityCache *cache,
                     GRand                   *rand,
                     KonkursCandidacy        *candidacy,
                     GError                 **error)
{
  gint64 id = konkurs_candidacy_get_id (candidacy);
  int roll = g_rand_int_range (rand, 0, 100);
  g_autoptr(GPtrArray) failures = NULL;
  gboolean eligible;

  /* Some are still to be decided. */
  if (roll < 30)
    return TRUE;
  failures = konkurs_store_check_candidacy_cached (store, cache, id, error);
  if (failures == NULL)
    return FALSE;
  eligible = failures->len == 0;

  /* A few against the engine, which needs the secretary's reason (in
   * Russian, which a document in either language may quote: a Russian
   * protocol must not carry Kazakh words but names). */
  if (roll < 34)
    return konkurs_store_decide_candidacy_cached (store, cache, id, !eligible,
                                           eligible ? "Не представлены оригиналы документов"
                                                    : "Комиссия рассмотрела подтверждающие документы и "
                                                      "признала соответствие требованиям",
                                           error);
  return konkurs_store_decide_candidacy_cached (store, cache, id, eligible, NULL, error);
}
