/* konkurs-demo-essays.c — the essays of the demonstration data
 *
 * The essays arrive by personal code, in Kazakh or Russian, made of a
 * handful of sentences per language so that no two read alike; the
 * store's draw gives them graders; every grader's package is issued and
 * comes back graded, signed with the package's secret and imported, as
 * the expert's laptop would send it.  Graders mostly agree within a point
 * or two; a few essays get a grader far from the others and need
 * resolution, by a fourth grader or the chair.  Everything goes through
 * the store's public functions, so the record follows it as it follows a
 * secretary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "konkurs-demo-essays.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-stages.h"

/* The texts */

static const char * const topics_kk[] = {
  "Мемлекеттік қызметтегі цифрландыру: мүмкіндіктер мен тәуекелдер",
  "Жастардың мемлекеттік басқаруға қатысуы",
  "Өңірлерді дамытудағы жергілікті өзін-өзі басқарудың рөлі",
  "Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру",
};

static const char * const topics_ru[] = {
  "Цифровизация государственных услуг: возможности и риски",
  "Участие молодёжи в государственном управлении",
  "Роль местного самоуправления в развитии регионов",
  "Формирование антикоррупционной культуры",
};

/* Opening, two or three arguments, an example, a conclusion. */
static const char * const openings_kk[] = {
  "Бүгінгі таңда бұл мәселе мемлекеттік басқарудың тиімділігіне тікелей әсер етеді.",
  "Менің ойымша, бұл тақырып қоғамның әрбір азаматына қатысты.",
  "Соңғы жылдары елімізде бұл бағытта маңызды өзгерістер жүзеге асырылды.",
};
static const char * const arguments_kk[] = {
  "Біріншіден, азаматтарға көрсетілетін қызметтердің сапасы мен жылдамдығы артады.",
  "Екіншіден, шешім қабылдау үдерісі ашық әрі түсінікті бола түседі.",
  "Сонымен қатар мемлекеттік қызметшілердің кәсіби біліктілігін үнемі арттыру қажет.",
  "Дегенмен деректердің қауіпсіздігі мен азаматтардың жеке өмірін қорғау басты назарда болуы тиіс.",
  "Бұл ретте әр өңірдің ерекшеліктерін ескеру маңызды.",
};
static const char * const examples_kk[] = {
  "Мысалы, «Азаматтарға арналған үкімет» корпорациясы арқылы көптеген қызметтер онлайн форматқа көшті.",
  "Мысалы, ауылдық округтерде бюджеттің бір бөлігін бөлуге тұрғындардың өздері қатысады.",
  "Мысалы, жастар ресурстық орталықтары жастардың бастамаларын жүзеге асыруға көмектеседі.",
};
static const char * const conclusions_kk[] = {
  "Қорытындылай келе, бұл бағыттағы жұмыс жүйелі әрі дәйекті жүргізілуі керек деп санаймын.",
  "Сондықтан мемлекет пен қоғамның бірлескен әрекеті ғана нақты нәтиже бере алады.",
  "Осылайша, әрбір мемлекеттік қызметші өзгерістердің бастамашысы бола алады.",
};

static const char * const openings_ru[] = {
  "Сегодня этот вопрос напрямую влияет на эффективность государственного управления.",
  "На мой взгляд, эта тема касается каждого гражданина нашей страны.",
  "В последние годы в этом направлении в стране проведены значимые преобразования.",
};
static const char * const arguments_ru[] = {
  "Во-первых, повышаются качество и скорость оказания услуг населению.",
  "Во-вторых, процесс принятия решений становится более открытым и понятным.",
  "Кроме того, необходимо постоянно повышать квалификацию государственных служащих.",
  "Вместе с тем защита персональных данных должна оставаться приоритетом.",
  "При этом важно учитывать особенности каждого региона.",
};
static const char * const examples_ru[] = {
  "Например, через Государственную корпорацию «Правительство для граждан» многие услуги перешли в онлайн-формат.",
  "Например, в сельских округах жители сами участвуют в распределении части бюджета.",
  "Например, молодёжные ресурсные центры помогают воплощать инициативы молодёжи.",
};
static const char * const conclusions_ru[] = {
  "Подводя итог, считаю, что работа в этом направлении должна вестись системно и последовательно.",
  "Поэтому реальный результат даст только совместная работа государства и общества.",
  "Таким образом, каждый государственный служащий может стать инициатором перемен.",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static char *
essay_body (GRand *rand, gboolean kazakh)
{
  GString *text = g_string_new (kazakh ? PICK (rand, openings_kk) : PICK (rand, openings_ru));
  guint n_arguments = g_rand_int_range (rand, 2, 4);
  guint first = g_rand_int_range (rand, 0, G_N_ELEMENTS (arguments_kk));

  for (guint i = 0; i < n_arguments; i++)
    g_string_append_printf (text, " %s", (kazakh ? arguments_kk : arguments_ru)[(first + i) % G_N_ELEMENTS (arguments_kk)]);
  g_string_append_printf (text, " %s", kazakh ? PICK (rand, examples_kk) : PICK (rand, examples_ru));
  g_string_append_printf (text, "\n\n%s", kazakh ? PICK (rand, conclusions_kk) : PICK (rand, conclusions_ru));
  return g_string_free (text, FALSE);
}

/* The experts */

/* Names made of a surname and a given name with patronymic of the same
 * gender: experts alternate, women first. */
static const char * const surnames[2][8] = {
  { "Әбенова", "Жұмабекова", "Мұқанова", "Есенова", "Оспанова", "Сидорова", "Ахметжанова", "Ким" },
  { "Серікбаев", "Орлов", "Тұрсынов", "Байжанов", "Қалиев", "Нұрпейісов", "Дәулетов", "Ли" },
};
static const char * const given_names[2][6] = {
  { "Гүлнар Маратқызы", "Ләззат Сейітқызы", "Айгерім Нұрланқызы", "Ирина Олеговна", "Мадина Ержанқызы",
    "Елена Сергеевна" },
  { "Ерлан Болатұлы", "Андрей Викторович", "Бауыржан Серікұлы", "Талғат Ермекұлы", "Дмитрий Олегович",
    "Нұржан Асқарұлы" },
};

/* Where the experts of each background work: some of these are where
 * candidates of the demo worked, so that the draw has conflicts to avoid. */
static const char * const universities[] = {
  "Әл-Фараби атындағы Қазақ ұлттық университеті", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
  "Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы",
};
static const char * const companies[] = {
  "«Kaspi Bank» АҚ", "«Қазақтелеком» АҚ", "«KPMG Kazakhstan» ЖШС", "«Halyk Bank» АҚ", "«Назарбаев Университеті» ДБҰ",
};
static const char * const public_bodies[] = {
  "Қазақстан Республикасы Қаржы министрлігі", "Астана қаласының әкімдігі",
  "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі",
};

#define EXPERTS_PER_SECTOR 5

static KonkursExpert *
new_expert (guint number, const char *sector, KonkursExpertBackground background)
{
  KonkursExpert *expert = konkurs_expert_new ();
  const char * const *employers = background == KONKURS_EXPERT_BACKGROUND_ACADEMIA ? universities
                                  : background == KONKURS_EXPERT_BACKGROUND_BUSINESS ? companies : public_bodies;
  guint n_employers = background == KONKURS_EXPERT_BACKGROUND_ACADEMIA ? G_N_ELEMENTS (universities)
                      : background == KONKURS_EXPERT_BACKGROUND_BUSINESS ? G_N_ELEMENTS (companies)
                      : G_N_ELEMENTS (public_bodies);

  g_free (expert->full_name);
  /* unique for the first 96: each gender's 48 pairs */
  expert->full_name = g_strdup_printf ("%s %s", surnames[number % 2][(number / 2) % 8],
                                       given_names[number % 2][(number / 16) % 6]);
  expert->background = background;
  g_strfreev (expert->sectors);
  expert->sectors = g_new0 (char *, 2);
  expert->sectors[0] = g_strdup (sector);
  g_free (expert->employer);
  expert->employer = g_strdup (employers[number % n_employers]);
  g_free (expert->email);
  expert->email = g_strdup_printf ("expert%02u@sarapshy.example.kz", number + 1);
  g_free (expert->phone);
  expert->phone = g_strdup_printf ("+7 701 555 %02u %02u", number / 100, number % 100);
  return expert;
}

static GPtrArray *
rule_set_sectors (KonkursStore *store, gint64 stage_id, GError **error)
{
  g_autoptr(KonkursStage) stage = konkurs_store_get_stage (store, stage_id, error);
  g_autoptr(KonkursCompetition) competition = NULL;

  if (stage == NULL)
    return NULL;
  competition = konkurs_store_get_competition (store, stage->competition_id, error);
  if (competition == NULL)
    return NULL;
  return konkurs_store_list_sectors (store, konkurs_competition_get_rule_set_id (competition), error);
}

/* Five experts per sector, every background among them; the first
 * declares a conflict with an organisation, the second with the writer
 * of @declared_code (a code it recognised). */
static gboolean
add_pool (KonkursStore *store, gint64 stage_id, const char *declared_code, GError **error)
{
  static const KonkursExpertBackground backgrounds[EXPERTS_PER_SECTOR] = {
    KONKURS_EXPERT_BACKGROUND_ACADEMIA, KONKURS_EXPERT_BACKGROUND_BUSINESS, KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE,
    KONKURS_EXPERT_BACKGROUND_ACADEMIA, KONKURS_EXPERT_BACKGROUND_BUSINESS,
  };
  g_autoptr(GPtrArray) sectors = rule_set_sectors (store, stage_id, error);
  g_autoptr(GPtrArray) experts = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_expert_free);
  GDate declared;

  if (sectors == NULL)
    return FALSE;
  g_date_set_dmy (&declared, 1, G_DATE_JUNE, 2025);
  for (guint s = 0; s < sectors->len; s++)
    for (guint b = 0; b < EXPERTS_PER_SECTOR; b++)
      g_ptr_array_add (experts, new_expert (experts->len, ((KonkursSector *) g_ptr_array_index (sectors, s))->code,
                                            backgrounds[b]));
  if (experts->len > 1)
    {
      konkurs_expert_add_conflict (g_ptr_array_index (experts, 0), KONKURS_EXPERT_CONFLICT_ORGANISATION,
                                   "«Самұрық-Қазына» АҚ", "Жұбайы осы ұйымда жұмыс істейді", &declared);
      if (declared_code != NULL)
        konkurs_expert_add_conflict (g_ptr_array_index (experts, 1), KONKURS_EXPERT_CONFLICT_CODE, declared_code,
                                     "Эссе мәтінінен жазушыны таныды", &declared);
    }
  return konkurs_store_save_experts (store, experts, error);
}

static gboolean
ensure_pool (KonkursStore *store, gint64 stage_id, const char *declared_code, GError **error)
{
  g_autoptr(GPtrArray) existing = konkurs_store_list_experts (store, error);

  if (existing == NULL)
    return FALSE;
  return existing->len > 0 || add_pool (store, stage_id, declared_code, error);
}

/* The essays arrive */

static gboolean
add_essays (KonkursStore *store, GRand *rand, gint64 stage_id, GPtrArray *rows, KonkursDemoEssays how,
            GError **error)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_input_free);

  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, i);
      KonkursEssayInput *input = konkurs_essay_input_new (row->personal_code);
      gboolean kazakh = g_rand_int_range (rand, 0, 100) < 60;
      guint topic = g_rand_int_range (rand, 0, G_N_ELEMENTS (topics_kk));

      /* the new input's texts are empty strings, not NULL */
      g_free (input->topic);
      input->topic = g_strdup (kazakh ? topics_kk[topic] : topics_ru[topic]);
      g_free (input->body);
      input->body = essay_body (rand, kazakh);
      g_free (input->language);
      input->language = g_strdup (kazakh ? "kk" : "ru");
      input->minutes = g_rand_int_range (rand, 24, 46);
      input->submitted_at = g_strdup_printf ("2025-07-%02dT%02d:%02d:00Z", 10 + (int) (i % 3),
                                             4 + (int) (i % 6), (int) (i * 7 % 60));
      input->proctor = KONKURS_PROCTOR_ACCEPTED;
      /* the proctor's video shows a phone on the desk: not graded */
      if (how == KONKURS_DEMO_ESSAYS_IN_PROGRESS && rows->len >= 6 && i == rows->len / 2)
        {
          input->proctor = KONKURS_PROCTOR_REJECTED;
          g_free (input->proctor_note);
          input->proctor_note = g_strdup ("На видеозаписи виден телефон на столе");
        }
      g_ptr_array_add (inputs, input);
    }
  return konkurs_store_save_essays (store, stage_id, inputs, "import: demo", error);
}

/* Grading */

/* What an essay deserves, 0 to 1, and the grader (if any) who sees it
 * quite otherwise: the second to fifth essays and every thirtieth get one,
 * so that even a small demo has essays to resolve each way and one left
 * waiting. */
typedef struct {
  double quality;
  gint64 outlier;
} EssayTruth;

static GHashTable *
essay_truths (KonkursStore *store, GRand *rand, GPtrArray *essays, gint64 not_back, GError **error)
{
  GHashTable *truths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < essays->len; i++)
    {
      const KonkursEssay *essay = g_ptr_array_index (essays, i);
      EssayTruth *truth = g_new0 (EssayTruth, 1);
      double sum = g_rand_double (rand) + g_rand_double (rand) + g_rand_double (rand);

      truth->quality = CLAMP (0.55 + (sum - 1.5) * 0.6, 0.05, 0.97);
      if ((i >= 1 && i <= 4) || i % 30 == 5)
        {
          g_autoptr(GPtrArray) grades = konkurs_store_list_essay_grades (store, essay->id, error);

          if (grades == NULL)
            {
              g_free (truth);
              g_hash_table_unref (truths);
              return NULL;
            }
          /* one whose package comes back */
          for (guint g = 0; g < grades->len && truth->outlier == 0; g++)
            if (((KonkursEssayGrade *) g_ptr_array_index (grades, g))->expert_id != not_back)
              truth->outlier = ((KonkursEssayGrade *) g_ptr_array_index (grades, g))->expert_id;
        }
      g_hash_table_insert (truths, g_strdup (essay->code), truth);
    }
  return truths;
}

/* A grader's points for one criterion: near what the essay deserves,
 * off by a point now and then; an outlier sees it far lower or higher. */
static int
grade_points (GRand *rand, const EssayTruth *truth, gboolean outlier, const KonkursEssayCriterion *criterion)
{
  double quality = outlier ? (truth->quality > 0.5 ? truth->quality - 0.7 : truth->quality + 0.7) : truth->quality;
  int range = criterion->max_points - criterion->min_points;
  double noise = (g_rand_double (rand) - 0.5) * 0.7 * (outlier ? 0 : 1);

  return CLAMP (criterion->min_points + (int) lround (quality * range + noise), criterion->min_points,
                criterion->max_points);
}

static const char * const comments[] = {
  "Дәлелдері нақты, мысалдары орынды.", "Құрылымы логикалық, бірақ қорытындысы әлсіз.",
  "Аргументация убедительная, есть собственные выводы.", "Тема раскрыта частично, примеров мало.",
};

/* The package of @expert_id issued, graded, signed and imported. */
static gboolean
grade_package (KonkursStore *store, GRand *rand, gint64 stage_id, gint64 expert_id, GHashTable *truths,
               GError **error)
{
  g_autoptr(KonkursEssayPackage) package = konkurs_store_issue_package (store, stage_id, expert_id, error);
  g_autoptr(KonkursEssayResults) results = NULL;

  if (package == NULL)
    return FALSE;
  results = konkurs_essay_results_new (package);
  results->saved_at = g_strdup ("2025-07-20T09:00:00Z");
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, i);
      const EssayTruth *truth = g_hash_table_lookup (truths, essay->code);

      for (guint c = 0; truth != NULL && c < package->rule->criteria->len; c++)
        {
          const KonkursEssayCriterion *criterion = g_ptr_array_index (package->rule->criteria, c);

          konkurs_essay_results_set_points (results, essay->code, criterion->code,
                                            grade_points (rand, truth, truth->outlier == expert_id, criterion));
        }
      if (g_rand_int_range (rand, 0, 4) == 0)
        konkurs_essay_results_set_comment (results, essay->code, PICK (rand, comments));
    }
  konkurs_essay_results_sign (results, package);
  return konkurs_store_import_essay_results (store, results, "import: demo", NULL, NULL, error);
}

/* The grader whose package is not back yet in work in progress (the last
 * by name with essays), else 0; -1 when the store fails. */
static gint64
grader_not_back (KonkursStore *store, gint64 stage_id, KonkursDemoEssays how, GError **error)
{
  g_autoptr(GPtrArray) loads = konkurs_store_list_expert_loads (store, stage_id, error);

  if (loads == NULL)
    return -1;
  for (guint i = loads->len; how == KONKURS_DEMO_ESSAYS_IN_PROGRESS && i > 0; i--)
    if (((KonkursExpertLoad *) g_ptr_array_index (loads, i - 1))->assigned > 0)
      return ((KonkursExpertLoad *) g_ptr_array_index (loads, i - 1))->expert_id;
  return 0;
}

/* Every grader's package back but @not_back's, which is issued and still
 * with its expert (a fourth essay given to them later comes in a package
 * of its own). */
static gboolean
grade_all (KonkursStore *store, GRand *rand, gint64 stage_id, GHashTable *truths, gint64 not_back, GError **error)
{
  g_autoptr(GPtrArray) loads = konkurs_store_list_expert_loads (store, stage_id, error);

  if (loads == NULL)
    return FALSE;
  for (guint i = 0; i < loads->len; i++)
    {
      const KonkursExpertLoad *load = g_ptr_array_index (loads, i);

      if (load->expert_id == not_back)
        {
          g_autoptr(KonkursEssayPackage) away = konkurs_store_issue_package (store, stage_id, not_back, error);

          if (away == NULL)
            return FALSE;
        }
      else if (load->assigned > load->graded
               && !grade_package (store, rand, stage_id, load->expert_id, truths, error))
        return FALSE;
    }
  return TRUE;
}

/* Resolution */

static int
compare_ints (gconstpointer a, gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The chair reads the essay again and gives the median of the graders'
 * totals, in centi-points. */
static gboolean
resolve_by_chair (KonkursStore *store, const KonkursEssay *essay, GError **error)
{
  g_autoptr(GPtrArray) grades = konkurs_store_list_essay_grades (store, essay->id, error);
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (int));

  if (grades == NULL)
    return FALSE;
  for (guint i = 0; i < grades->len; i++)
    if (((KonkursEssayGrade *) g_ptr_array_index (grades, i))->has_score)
      g_array_append_val (totals, ((KonkursEssayGrade *) g_ptr_array_index (grades, i))->total);
  g_array_sort (totals, compare_ints);
  return konkurs_store_resolve_essay (store, essay->id,
                                      totals->len > 0 ? 100 * (gint64) g_array_index (totals, int, totals->len / 2) : 0,
                                      "Оценки разошлись больше допустимого: председатель перечитал эссе, "
                                      "сопоставил мнения экспертов и выставил балл",
                                      error);
}

/* A fourth grader drawn, their package issued and returned — but for
 * @not_back, whose packages all stay with them: returned, the newest
 * would say the expert has nothing left to grade. */
static gboolean
resolve_by_fourth (KonkursStore *store, GRand *rand, gint64 stage_id, const KonkursEssay *essay,
                   GHashTable *truths, gint64 not_back, GError **error)
{
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(KonkursEssayPackage) away = NULL;
  const KonkursEssayGrade *fourth;

  if (!konkurs_store_assign_fourth_grader (store, essay->id, error))
    return FALSE;
  grades = konkurs_store_list_essay_grades (store, essay->id, error);
  if (grades == NULL)
    return FALSE;
  fourth = g_ptr_array_index (grades, grades->len - 1);
  if (fourth->expert_id != not_back)
    return grade_package (store, rand, stage_id, fourth->expert_id, truths, error);
  away = konkurs_store_issue_package (store, stage_id, not_back, error);
  return away != NULL;
}

/* In turn a fourth grader and the chair; in work in progress the first
 * of each only, and never the last essay to resolve: one is left waiting
 * whatever the draw (its seed is new each time). */
static gboolean
resolve (KonkursStore *store, GRand *rand, gint64 stage_id, GHashTable *truths, gint64 not_back,
         KonkursDemoEssays how, GError **error)
{
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (store, stage_id, error);
  guint n = 0, waiting = 0;

  if (essays == NULL)
    return FALSE;
  for (guint i = 0; i < essays->len; i++)
    waiting += ((KonkursEssay *) g_ptr_array_index (essays, i))->aggregate.status
               == KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION;
  for (guint i = 0; i < essays->len; i++)
    {
      const KonkursEssay *essay = g_ptr_array_index (essays, i);
      gboolean ok;

      if (essay->aggregate.status != KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION)
        continue;
      if (how == KONKURS_DEMO_ESSAYS_IN_PROGRESS && (n >= 2 || n + 1 >= waiting))
        break;
      ok = n++ % 2 == 0 ? resolve_by_fourth (store, rand, stage_id, essay, truths, not_back, error)
                        : resolve_by_chair (store, essay, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_demo_fill_essays (KonkursStore       *store,
                          GRand              *rand,
                          gint64              stage_id,
                          KonkursDemoEssays   how,
                          GError            **error)
{
  g_autoptr(GPtrArray) rows = konkurs_store_list_stage_rows (store, stage_id, error);
  g_autoptr(KonkursEssayRule) rule = NULL;
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(GHashTable) truths = NULL;
  gint64 not_back;

  if (rows == NULL || rows->len == 0)
    return rows != NULL;
  rule = konkurs_store_get_essay_rule (store, stage_id, error);
  if (rule == NULL)
    return FALSE;
  if (rule->graders == KONKURS_ESSAY_GRADERS_EXPERTS
      && !ensure_pool (store, stage_id, ((KonkursStageRow *) g_ptr_array_index (rows, 0))->personal_code, error))
    return FALSE;
  if (!add_essays (store, rand, stage_id, rows, how, error) ||
      !konkurs_store_assign_essays (store, stage_id, NULL, error))
    return FALSE;
  if ((not_back = grader_not_back (store, stage_id, how, error)) < 0)
    return FALSE;
  essays = konkurs_store_list_essays (store, stage_id, error);
  if (essays == NULL || (truths = essay_truths (store, rand, essays, not_back, error)) == NULL)
    return FALSE;
  if (!grade_all (store, rand, stage_id, truths, not_back, error) ||
      !resolve (store, rand, stage_id, truths, not_back, how, error))
    return FALSE;
  return how != KONKURS_DEMO_ESSAYS_FINAL || konkurs_store_unseal_essays (store, stage_id, error);
}
