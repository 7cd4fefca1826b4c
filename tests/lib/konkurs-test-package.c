/* konkurs-test-package.c — an expert's package built in code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-test-package.h"

static void
add_criterion (KonkursEssayRule *rule,
               const char       *code,
               const char       *kk,
               const char       *ru,
               const char       *description_kk,
               const char       *description_ru,
               int               max_points)
{
  g_autoptr(KonkursLocalText) name = konkurs_local_text_new (kk, ru);
  g_autoptr(KonkursLocalText) description = konkurs_local_text_new (description_kk, description_ru);
  g_autoptr(KonkursEssayCriterion) criterion = konkurs_essay_criterion_new (code, name, description, 0, max_points);

  konkurs_essay_rule_add_criterion (rule, criterion);
}

static const char *const texts[] = {
  "Мемлекеттік қызмет — халыққа қызмет ету. Қызметші әр шешімін азаматтың мүддесімен өлшеуі керек. "
  "Цифрлық қызметтер кезекті азайтты, бірақ адамға деген ықылас алмастырылмайды.\n\n"
  "Менің ойымша, жас мамандардың басты міндеті — ашықтық пен жауапкершілікті күнделікті жұмысқа енгізу.",
  "Государственная служба начинается с доверия граждан. Служащий, который объясняет свои решения, "
  "получает это доверие быстрее, чем тот, кто ссылается только на инструкцию.\n\n"
  "Поэтому я считаю открытость главным качеством современного руководителя.",
};

KonkursEssayPackage *
konkurs_test_essay_package_new (guint n_essays)
{
  KonkursEssayPackage *package = konkurs_essay_package_new ();

  package->package_id = g_strdup ("5d0c6a1e-2f4b-4c8e-9a71-3b2d8e6f0a19");
  package->secret = g_strdup ("8c1f0e7a9b3d2c4e5f60718293a4b5c6d7e8f90112233445566778899aabbccd");
  package->expert_id = 7;
  package->expert_name = g_strdup ("Айгерім Сейітова");
  g_clear_pointer (&package->competition, konkurs_local_text_free);
  package->competition = konkurs_local_text_new ("Президенттік жастар кадр резерві, 2026 — эссе",
                                                 "Президентский молодёжный кадровый резерв, 2026 — эссе");
  package->issued_at = g_strdup ("2026-12-03T09:00:00Z");
  g_clear_pointer (&package->rule, konkurs_essay_rule_free);
  package->rule = konkurs_essay_rule_new (KONKURS_TRACK_YOUTH_RESERVE);
  package->rule->max_words = 250;
  package->rule->max_minutes = 45;
  add_criterion (package->rule, "argument", "Дәлелдеу", "Аргументация",
                 "Ой нақты дәлелдермен негізделген", "Мысль обоснована конкретными доводами", 2);
  add_criterion (package->rule, "structure", "Құрылым", "Структура",
                 "Кіріспе, негізгі бөлім және қорытынды бар", "Есть вступление, основная часть и вывод", 2);
  add_criterion (package->rule, "language", "Тіл сауаттылығы", "Грамотность",
                 "Қатесіз, түсінікті жазылған", "Написано грамотно и ясно", 1);

  for (guint i = 0; i < n_essays; i++)
    {
      g_autofree char *code = g_strdup_printf ("YR-%04u", i + 1);
      gboolean kazakh = i % 2 == 0;

      konkurs_essay_package_add_essay (package, code,
                                       kazakh ? "Мемлекеттік қызметтегі ашықтық" : "Открытость государственной службы",
                                       texts[i % 2], kazakh ? "kk" : "ru",
                                       i == 2 ? 312 : 180 + (int) i, i == 2 ? 44 : 30 + (int) i);
    }
  return package;
}
