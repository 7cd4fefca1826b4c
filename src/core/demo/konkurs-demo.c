/* konkurs-demo.c — realistic demonstration data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data are made for a person trying Konkurs, and for benchmarks: names
 * as people in Kazakhstan have them, IINs that pass every check, careers
 * that make sense for the age.  Everything comes from one GRand seeded by
 * the caller, so a seed always gives the same people.
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-demo.h"
#include "konkurs-demo-commission.h"
#include "konkurs-demo-office.h"
#include "konkurs-demo-stages.h"
#include "konkurs-iin.h"
#include "konkurs-store-candidates.h"

#define N_ELEMENTS(a) G_N_ELEMENTS (a)
#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, (gint32) N_ELEMENTS (array))])

/* ------------------------------------------------------------------------ */
/* Names                                                                     */

static const char *const kazakh_male_names[] = {
  "Ерлан", "Нұрлан", "Асқар", "Дәулет", "Бауыржан", "Ержан", "Айдар", "Арман",
  "Талғат", "Серік", "Мұрат", "Қайрат", "Ғалым", "Жандос", "Әлихан", "Ақжол",
  "Дархан", "Бекзат", "Санжар", "Ерасыл", "Нұрбол", "Әділет", "Темірлан", "Жасұлан",
};

static const char *const kazakh_female_names[] = {
  "Айгүл", "Әлия", "Гүлнар", "Дана", "Жанар", "Меруерт", "Айжан", "Ақмарал",
  "Назерке", "Динара", "Сәуле", "Аружан", "Балжан", "Гүлмира", "Әйгерім", "Қарлығаш",
  "Мөлдір", "Жұлдыз", "Айым", "Ботагөз", "Інжу", "Томирис", "Ұлжан", "Салтанат",
};

/* Fathers' names, for patronymics in -ұлы / -қызы and for the surnames
 * some families took from a grandfather without a Russian ending. */
static const char *const kazakh_fathers[] = {
  "Серік", "Болат", "Қанат", "Марат", "Ермек", "Бақыт", "Жұмабай", "Сейтқали",
  "Талғат", "Мұрат", "Нұрғали", "Төлеген", "Асан", "Ерболат", "Қуаныш", "Ғабит",
  "Өмірзақ", "Әбдірахман", "Рүстем", "Жақсылық",
};

/* Surnames with a Russian ending: the feminine form adds "а". */
static const char *const kazakh_surnames[] = {
  "Ахметов", "Серікбаев", "Нұрланов", "Қасымов", "Жақсылықов", "Төлеубаев",
  "Оспанов", "Исабеков", "Бекмұханбетов", "Сейітов", "Әбенов", "Мұқанов",
  "Ғабдуллин", "Шәкенов", "Құдайбергенов", "Жұмабаев", "Сәрсенбаев", "Омаров",
  "Әлиев", "Байжанов", "Қалиев", "Ержанов", "Мусин", "Тоқаев",
};

static const char *const russian_male_names[] = {
  "Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Максим", "Иван",
  "Николай", "Евгений", "Владимир", "Михаил", "Павел", "Артём", "Денис",
};

static const char *const russian_female_names[] = {
  "Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Екатерина",
  "Мария", "Светлана", "Юлия", "Ксения", "Дарья", "Виктория", "Полина",
};

static const char *const russian_surnames[] = {
  "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев",
  "Козлов", "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев",
  "Павлов", "Ильин", "Никитин", "Калинин", "Сорокин", "Фомин", "Ковалёв", "Белов",
};

/* Patronymics, masculine and feminine, from a father's name. */
static const char *const russian_patronymics[][2] = {
  { "Александрович", "Александровна" }, { "Дмитриевич", "Дмитриевна" },
  { "Сергеевич", "Сергеевна" },         { "Андреевич", "Андреевна" },
  { "Алексеевич", "Алексеевна" },       { "Иванович", "Ивановна" },
  { "Николаевич", "Николаевна" },       { "Евгеньевич", "Евгеньевна" },
  { "Владимирович", "Владимировна" },   { "Петрович", "Петровна" },
  { "Викторович", "Викторовна" },       { "Юрьевич", "Юрьевна" },
  { "Олегович", "Олеговна" },           { "Игоревич", "Игоревна" },
};

/* ------------------------------------------------------------------------ */
/* Careers                                                                   */

static const char *const universities[] = {
  "Әл-Фараби атындағы Қазақ ұлттық университеті",
  "Л. Н. Гумилев атындағы Еуразия ұлттық университеті",
  "Назарбаев Университеті",
  "Қ. И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті",
  "Қазақ экономика, қаржы және халықаралық сауда университеті",
  "Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы",
  "Е. А. Бөкетов атындағы Қарағанды университеті",
  "М. Әуезов атындағы Оңтүстік Қазақстан университеті",
  "Абай атындағы Қазақ ұлттық педагогикалық университеті",
  "Халықаралық ақпараттық технологиялар университеті",
  "С. Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті",
  "КИМЭП университеті",
  "Ш. Уәлиханов атындағы Көкшетау университеті",
  "Қорқыт Ата атындағы Қызылорда университеті",
};

static const char *const colleges[] = {
  "Алматы мемлекеттік бизнес колледжі",
  "Астана политехникалық колледжі",
  "Қарағанды экономикалық колледжі",
};

static const char *const fields[] = {
  "Құқықтану", "Экономика", "Мемлекеттік және жергілікті басқару", "Қаржы",
  "Есеп және аудит", "Халықаралық қатынастар", "Ақпараттық жүйелер",
  "Журналистика", "Педагогика", "Агрономия", "Құрылыс", "Әлеуметтану",
};

static const char *const employers[] = {
  "Алматы қаласының әкімдігі", "Астана қаласының әкімдігі",
  "Қарағанды облысының әкімдігі", "Түркістан облысының әкімдігі",
  "Қазақстан Республикасы Қаржы министрлігі", "Қазақстан Республикасы Әділет министрлігі",
  "Қазақстан Республикасы Ұлттық экономика министрлігі",
  "«Самұрық-Қазына» АҚ", "«ҚазМұнайГаз» ҰК АҚ", "«Қазақтелеком» АҚ",
  "«Halyk Bank» АҚ", "«Kaspi Bank» АҚ", "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы",
  "№ 12 мектеп-гимназия", "«Бәйтерек» ұлттық басқарушы холдингі» АҚ",
};

static const char *const positions[] = {
  "Сарапшы", "Бас сарапшы", "Жетекші маман", "Бөлім басшысы", "Заңгер",
  "Экономист", "Бағдарламашы", "Бухгалтер", "Менеджер", "Мұғалім",
};

static const char *const cities[] = {
  "Астана", "Алматы", "Шымкент", "Қарағанды", "Ақтөбе", "Павлодар", "Өскемен",
  "Қостанай", "Атырау", "Тараз",
};

static const char *const streets[] = {
  "Абай даңғылы", "Тәуелсіздік даңғылы", "Сәтбаев көшесі", "Мәңгілік Ел даңғылы",
  "Желтоқсан көшесі", "Кенесары көшесі", "Республика даңғылы",
};

/* ------------------------------------------------------------------------ */
/* Competitions                                                              */

/* Official names, as the state bodies write them in each language. */
typedef struct {
  const char   *kk;
  const char   *ru;
  KonkursLevel  level;
} Body;

static const Body bodies[] = {
  { "Қазақстан Республикасы Қаржы министрлігі",
    "Министерство финансов Республики Казахстан", KONKURS_LEVEL_CENTRAL },
  { "Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
    "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
    KONKURS_LEVEL_CENTRAL },
  { "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
    "Министерство труда и социальной защиты населения Республики Казахстан", KONKURS_LEVEL_CENTRAL },
  { "Алматы қаласының әкімдігі", "Акимат города Алматы", KONKURS_LEVEL_REGIONAL },
  { "Қарағанды облысының әкімдігі", "Акимат Карагандинской области", KONKURS_LEVEL_REGIONAL },
  { "Астана қаласы Есіл ауданының әкімдігі", "Акимат района Есиль города Астаны", KONKURS_LEVEL_DISTRICT },
  { "Түркістан облысы Сайрам ауданының әкімдігі", "Акимат Сайрамского района Туркестанской области",
    KONKURS_LEVEL_DISTRICT },
  { "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі",
    "Агентство Республики Казахстан по делам государственной службы", KONKURS_LEVEL_CENTRAL },
};

static const struct {
  const char *kk;
  const char *ru;
  const char *category;
  gboolean    leadership;
  int         experience;
} vacancy_kinds[] = {
  { "Басқарма басшысы", "Руководитель управления", "C-3", TRUE, 4 },
  { "Бас сарапшы", "Главный эксперт", "C-4", FALSE, 2 },
  { "Сарапшы", "Эксперт", "C-5", FALSE, 0 },
  { "Бөлім басшысы", "Руководитель отдела", "C-O-3", TRUE, 3 },
  { "Бас маман", "Главный специалист", "C-O-5", FALSE, 1 },
  { "Жетекші маман", "Ведущий специалист", "C-O-6", FALSE, 0 },
};

/* The field of work of a position. */
static const struct {
  const char *kk;
  const char *ru;
} fields_of_work[] = {
  { "Бюджеттік жоспарлау", "Бюджетное планирование" },
  { "Мемлекеттік сатып алу", "Государственные закупки" },
  { "Цифрландыру", "Цифровизация" },
  { "Әлеуметтік қорғау", "Социальная защита" },
  { "Құқықтық қамтамасыз ету", "Правовое обеспечение" },
  { "Персоналды басқару", "Управление персоналом" },
};

static const char *const titles[][2] = {
  [KONKURS_PROCEDURE_CIVIL_SERVICE] = {
    "Бос әкімшілік мемлекеттік лауазымдарға орналасуға арналған жалпы конкурс",
    "Общий конкурс на занятие вакантных административных государственных должностей" },
  [KONKURS_PROCEDURE_YOUTH_RESERVE] = {
    "Президенттік жастар кадрлық резервіне іріктеу",
    "Отбор в Президентский молодежный кадровый резерв" },
};

typedef struct {
  gint64            id;
  KonkursProcedure  procedure;
  GDate             announced;
  GArray           *vacancies;   /* of gint64 */
  guint             n_applications;
  guint             max_applications;   /* 0: no limit (konkurs-demo-stages.h) */
} DemoCompetition;

static void
demo_competition_clear (gpointer data)
{
  DemoCompetition *competition = data;

  g_clear_pointer (&competition->vacancies, g_array_unref);
}

typedef struct {
  KonkursStore *store;
  GRand        *rand;
  GRand        *decisions;      /* of its own: deciding changes nobody */
  KonkursEligibilityCache *eligibility;  /* while candidates are added */
  GRand        *spread;         /* of its own: where those go whom a full competition turns away */
  GArray       *competitions;   /* of DemoCompetition */
  GPtrArray    *sectors;        /* of KonkursSector: those of the Youth Reserve's rule set */
  GDate         today;          /* the day the demo pretends it is */
} Demo;

static gboolean
add_vacancy (Demo                *demo,
             DemoCompetition     *competition,
             const Body          *body,
             GError             **error)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  guint kind = g_rand_int_range (demo->rand, 0, N_ELEMENTS (vacancy_kinds));
  guint field = g_rand_int_range (demo->rand, 0, N_ELEMENTS (fields_of_work));
  gint64 id;

  konkurs_vacancy_set_competition_id (vacancy, competition->id);
  konkurs_vacancy_set_position_title (vacancy, vacancy_kinds[kind].kk, vacancy_kinds[kind].ru);
  konkurs_vacancy_set_category (vacancy, vacancy_kinds[kind].category);
  konkurs_vacancy_set_leadership (vacancy, vacancy_kinds[kind].leadership);
  konkurs_vacancy_set_corps (vacancy, KONKURS_CORPS_B);
  konkurs_vacancy_set_level (vacancy, body->level);
  konkurs_vacancy_set_seats (vacancy, g_rand_int_range (demo->rand, 1, 4));
  konkurs_vacancy_set_education (vacancy, KONKURS_EDUCATION_HIGHER);
  konkurs_vacancy_set_experience_years (vacancy, vacancy_kinds[kind].experience);
  konkurs_vacancy_set_sector (vacancy, fields_of_work[field].kk, fields_of_work[field].ru);
  konkurs_vacancy_set_requirements (vacancy, "Қазақстан Республикасының заңнамасын білу",
                                    "Знание законодательства Республики Казахстан");
  /* Some positions accept the civil service or their own field instead
   * (issue 9), without drawing from the generator. */
  if (competition->vacancies->len % 4 == 1)
    {
      static const KonkursExperienceAlternative alternatives[] = {
        { 1, KONKURS_EXPERIENCE_CIVIL_SERVICE }, { 2, KONKURS_EXPERIENCE_FIELD },
      };

      konkurs_vacancy_set_experience_alternatives (vacancy, alternatives, G_N_ELEMENTS (alternatives));
    }

  if (!konkurs_store_save_vacancy (demo->store, vacancy, error))
    return FALSE;

  id = konkurs_vacancy_get_id (vacancy);
  g_array_append_val (competition->vacancies, id);
  return TRUE;
}

static gboolean
add_competition (Demo              *demo,
                 KonkursProcedure   procedure,
                 const Body        *body,
                 const GDate       *announced,
                 GError           **error)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  DemoCompetition item = { 0 };
  DemoCompetition *added;
  guint n_vacancies;

  konkurs_competition_set_procedure (competition, procedure);
  konkurs_competition_set_state_body (competition, body->kk, body->ru);
  konkurs_competition_set_title (competition, titles[procedure][0], titles[procedure][1]);
  konkurs_competition_set_announcement_date (competition, announced);
  if (!konkurs_store_save_competition (demo->store, competition, error))
    return FALSE;

  item.id = konkurs_competition_get_id (competition);
  item.procedure = procedure;
  item.announced = *announced;
  item.vacancies = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (demo->competitions, item);
  added = &g_array_index (demo->competitions, DemoCompetition, demo->competitions->len - 1);

  /* Candidates choose among the sectors of the selection's rule set. */
  if (procedure == KONKURS_PROCEDURE_YOUTH_RESERVE)
    return demo->sectors != NULL ||
           (demo->sectors = konkurs_store_list_sectors (demo->store, konkurs_competition_get_rule_set_id (competition),
                                                        error)) != NULL;

  n_vacancies = g_rand_int_range (demo->rand, 2, 6);
  for (guint i = 0; i < n_vacancies; i++)
    if (!add_vacancy (demo, added, body, error))
      return FALSE;

  return TRUE;
}

static gboolean
add_competitions (Demo    *demo,
                  GError **error)
{
  GDate announced;

  g_date_set_dmy (&announced, 3, G_DATE_MARCH, 2025);
  for (guint i = 0; i + 1 < N_ELEMENTS (bodies); i++)
    {
      if (!add_competition (demo, KONKURS_PROCEDURE_CIVIL_SERVICE, &bodies[i], &announced, error))
        return FALSE;
      g_date_add_days (&announced, 7);
    }

  g_date_set_dmy (&announced, 2, G_DATE_JUNE, 2025);
  if (!add_competition (demo, KONKURS_PROCEDURE_YOUTH_RESERVE, &bodies[N_ELEMENTS (bodies) - 1],
                        &announced, error))
    return FALSE;

  /* those konkurs_demo_fill_stages() takes along their stages */
  for (guint i = 1; i <= 3; i++)
    g_array_index (demo->competitions, DemoCompetition, i).max_applications = KONKURS_DEMO_STAGED_CIVIL_MAX;
  g_array_index (demo->competitions, DemoCompetition, demo->competitions->len - 1).max_applications =
    KONKURS_DEMO_STAGED_YOUTH_MAX;   /* the June selection */

  /* September's grades its essays */
  g_date_set_dmy (&announced, 1, G_DATE_SEPTEMBER, 2025);
  if (!add_competition (demo, KONKURS_PROCEDURE_YOUTH_RESERVE, &bodies[N_ELEMENTS (bodies) - 1], &announced, error))
    return FALSE;
  g_array_index (demo->competitions, DemoCompetition, demo->competitions->len - 1).max_applications =
    KONKURS_DEMO_STAGED_YOUTH_MAX;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Candidates                                                                */

static char *
feminine_surname (const char *surname)
{
  /* Иванов → Иванова, Ғабдуллин → Ғабдуллина, Соловьёв → Соловьёва. */
  return g_strconcat (surname, "а", NULL);
}

static void
make_name (Demo             *demo,
           KonkursCandidate *candidate,
           KonkursSex        sex,
           gboolean          kazakh)
{
  gboolean female = sex == KONKURS_SEX_FEMALE;
  g_autofree char *surname = NULL;
  g_autofree char *patronymic = NULL;

  if (kazakh)
    {
      const char *father = PICK (demo->rand, kazakh_fathers);

      /* Some families took a grandfather's name as it is: the same for
       * sons and daughters. */
      if (g_rand_int_range (demo->rand, 0, 100) < 15)
        surname = g_strdup (PICK (demo->rand, kazakh_fathers));
      else if (female)
        surname = feminine_surname (PICK (demo->rand, kazakh_surnames));
      else
        surname = g_strdup (PICK (demo->rand, kazakh_surnames));

      patronymic = g_strconcat (father, female ? "қызы" : "ұлы", NULL);
      konkurs_candidate_set_name (candidate, female ? PICK (demo->rand, kazakh_female_names)
                                                    : PICK (demo->rand, kazakh_male_names));
    }
  else
    {
      guint father = g_rand_int_range (demo->rand, 0, N_ELEMENTS (russian_patronymics));

      surname = female ? feminine_surname (PICK (demo->rand, russian_surnames))
                       : g_strdup (PICK (demo->rand, russian_surnames));
      patronymic = g_strdup (russian_patronymics[father][female ? 1 : 0]);
      konkurs_candidate_set_name (candidate, female ? PICK (demo->rand, russian_female_names)
                                                    : PICK (demo->rand, russian_male_names));
    }

  konkurs_candidate_set_surname (candidate, surname);
  konkurs_candidate_set_patronymic (candidate, patronymic);
}

static void
random_date (GRand *rand,
             int    first_year,
             int    last_year,
             GDate *date)
{
  GDate start, end;

  g_date_set_dmy (&start, 1, G_DATE_JANUARY, first_year);
  g_date_set_dmy (&end, 31, G_DATE_DECEMBER, last_year);
  g_date_set_julian (date, g_date_get_julian (&start)
                           + g_rand_int_range (rand, 0, g_date_days_between (&start, &end) + 1));
}

static void
make_contacts (Demo             *demo,
               KonkursCandidate *candidate,
               guint             index)
{
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *address = NULL;
  static const char *const operators[] = { "701", "702", "705", "707", "747", "771", "775", "778" };

  phone = g_strdup_printf ("+7 %s %03d %02d %02d", PICK (demo->rand, operators),
                           g_rand_int_range (demo->rand, 100, 1000),
                           g_rand_int_range (demo->rand, 0, 100), g_rand_int_range (demo->rand, 0, 100));
  email = g_strdup_printf ("candidate%u@example.kz", index + 1);
  address = g_strdup_printf ("%s, %s, %d, %d-пәтер", PICK (demo->rand, cities),
                             PICK (demo->rand, streets), g_rand_int_range (demo->rand, 1, 120),
                             g_rand_int_range (demo->rand, 1, 200));

  konkurs_candidate_set_phone (candidate, phone);
  konkurs_candidate_set_email (candidate, email);
  konkurs_candidate_set_address (candidate, address);
}

/* Returns the year the candidate started to work. */
static int
make_education (Demo             *demo,
                KonkursCandidate *candidate,
                int               birth_year)
{
  g_autoptr(KonkursEducationEntry) first = NULL;
  int roll = g_rand_int_range (demo->rand, 0, 100);
  int year;

  if (roll < 8)
    {
      year = birth_year + 19;
      first = konkurs_education_entry_new (KONKURS_EDUCATION_VOCATIONAL, PICK (demo->rand, fields),
                                           PICK (demo->rand, colleges), year);
      konkurs_candidate_add_education (candidate, first);
      return year;
    }

  year = birth_year + 22;
  first = konkurs_education_entry_new (KONKURS_EDUCATION_HIGHER, PICK (demo->rand, fields),
                                       PICK (demo->rand, universities), year);
  konkurs_candidate_add_education (candidate, first);

  if (roll >= 80)
    {
      g_autoptr(KonkursEducationEntry) master = NULL;

      year += 2;
      master = konkurs_education_entry_new (KONKURS_EDUCATION_POSTGRADUATE, PICK (demo->rand, fields),
                                            PICK (demo->rand, universities), year);
      konkurs_candidate_add_education (candidate, master);
    }

  return year;
}

/* One to three jobs one after another from September after graduation;
 * the last one usually goes on. */
static void
make_work (Demo             *demo,
           KonkursCandidate *candidate,
           int               first_year)
{
  GDate start;
  guint n_jobs = g_rand_int_range (demo->rand, 1, 4);

  g_date_set_dmy (&start, 1, G_DATE_SEPTEMBER, first_year);

  for (guint i = 0; i < n_jobs && g_date_compare (&start, &demo->today) < 0; i++)
    {
      g_autoptr(KonkursEmployment) job = NULL;
      gboolean last = i + 1 == n_jobs;
      GDate end;

      end = start;
      g_date_add_days (&end, g_rand_int_range (demo->rand, 300, 2500));
      if (g_date_compare (&end, &demo->today) >= 0 || (last && g_rand_int_range (demo->rand, 0, 100) < 75))
        g_date_clear (&end, 1);

      job = konkurs_employment_new (PICK (demo->rand, employers), PICK (demo->rand, positions),
                                    &start, g_date_valid (&end) ? &end : NULL);
      /* A ministry or an akimat is civil service; every second job is
       * marked as in the field of the positions applied for, so that a
       * vacancy's experience alternatives decide something (issue 9). */
      job->civil_service = g_str_has_suffix (job->employer, "министрлігі") || g_str_has_suffix (job->employer, "әкімдігі");
      job->in_field = i % 2 == 1;
      konkurs_candidate_add_employment (candidate, job);

      if (!g_date_valid (&end))
        break;
      start = end;
      g_date_add_days (&start, g_rand_int_range (demo->rand, 1, 60));
    }
}

static void
make_certificates (Demo             *demo,
                   KonkursCandidate *candidate,
                   guint             index)
{
  static const struct {
    KonkursCertificateKind kind;
    int                    percent;
    const char            *prefix;
  } kinds[] = {
    { KONKURS_CERTIFICATE_LEGISLATION, 60, "ЗТ" },
    { KONKURS_CERTIFICATE_STATE_LANGUAGE, 45, "ҚТ" },
    { KONKURS_CERTIFICATE_PERSONAL_QUALITIES, 35, "ЖҚ" },
  };

  for (guint i = 0; i < N_ELEMENTS (kinds); i++)
    {
      g_autoptr(KonkursCandidateCertificate) certificate = NULL;
      g_autofree char *result = NULL;
      g_autofree char *number = NULL;
      GDate passed;

      if (g_rand_int_range (demo->rand, 0, 100) >= kinds[i].percent)
        continue;

      random_date (demo->rand, 2024, 2025, &passed);
      if (kinds[i].kind == KONKURS_CERTIFICATE_LEGISLATION)
        result = g_strdup_printf ("%d/55", g_rand_int_range (demo->rand, 30, 56));
      else if (kinds[i].kind == KONKURS_CERTIFICATE_STATE_LANGUAGE)
        result = g_strdup (PICK (demo->rand, ((const char *const[]) { "B1", "B2", "C1" })));
      else
        result = g_strdup ("сәйкес келеді");
      number = g_strdup_printf ("%s-%u-%06u", kinds[i].prefix, g_date_get_year (&passed), index + 1);

      certificate = konkurs_candidate_certificate_new (kinds[i].kind, &passed, result, number);
      /* The numbers and the level the certificate shows (issue 9). */
      if (kinds[i].kind == KONKURS_CERTIFICATE_LEGISLATION)
        {
          certificate->score = atoi (result);
          certificate->max_score = 55;
        }
      else if (kinds[i].kind == KONKURS_CERTIFICATE_STATE_LANGUAGE)
        konkurs_language_level_from_code (result, &certificate->level);
      konkurs_candidate_add_certificate (candidate, certificate);
    }
}

static KonkursLanguageLevel
pick_language_level (Demo     *demo,
                     gboolean  kazakh)
{
  static const KonkursLanguageLevel kazakh_levels[] = {
    KONKURS_LANGUAGE_LEVEL_B2, KONKURS_LANGUAGE_LEVEL_C1, KONKURS_LANGUAGE_LEVEL_C1,
    KONKURS_LANGUAGE_LEVEL_C2, KONKURS_LANGUAGE_LEVEL_C2, KONKURS_LANGUAGE_LEVEL_B1,
  };
  static const KonkursLanguageLevel russian_levels[] = {
    KONKURS_LANGUAGE_LEVEL_NONE, KONKURS_LANGUAGE_LEVEL_A1, KONKURS_LANGUAGE_LEVEL_A2,
    KONKURS_LANGUAGE_LEVEL_A2, KONKURS_LANGUAGE_LEVEL_B1, KONKURS_LANGUAGE_LEVEL_B2,
  };

  return kazakh ? PICK (demo->rand, kazakh_levels) : PICK (demo->rand, russian_levels);
}

static KonkursExclusion
pick_exclusions (Demo *demo)
{
  int roll = g_rand_int_range (demo->rand, 0, 1000);

  /* A few in a hundred, so that the eligibility verdicts show them. */
  if (roll < 8)
    return KONKURS_EXCLUSION_POLITICAL_SERVANT;
  if (roll < 14)
    return KONKURS_EXCLUSION_CORPS_A;
  if (roll < 18)
    return KONKURS_EXCLUSION_IN_RESERVE;
  if (roll < 20)
    return KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE;
  return KONKURS_EXCLUSION_NONE;
}

/* Half of those "in the reserve" left it two months before the demo's
 * today, after three years: a dated exclusion that no longer holds. */
static void
date_reserve (Demo             *demo,
              KonkursCandidate *candidate,
              guint             index)
{
  KonkursExclusionPeriod period = { KONKURS_EXCLUSION_IN_RESERVE };

  if (!(konkurs_candidate_get_exclusions (candidate) & KONKURS_EXCLUSION_IN_RESERVE) || index % 2 != 0)
    return;
  konkurs_candidate_set_exclusions (candidate, konkurs_candidate_get_exclusions (candidate) & ~KONKURS_EXCLUSION_IN_RESERVE);
  period.until = demo->today;
  g_date_subtract_months (&period.until, 2);
  period.from = period.until;
  g_date_subtract_years (&period.from, 3);
  konkurs_candidate_add_exclusion_period (candidate, &period);
}

static KonkursCandidate *
make_candidate (Demo  *demo,
                guint  index,
                guint *serial)
{
  KonkursCandidate *candidate = konkurs_candidate_new ();
  gboolean kazakh = g_rand_int_range (demo->rand, 0, 100) < 70;
  KonkursSex sex = g_rand_boolean (demo->rand) ? KONKURS_SEX_FEMALE : KONKURS_SEX_MALE;
  int first_year;
  GDate birth;

  random_date (demo->rand, 1980, 2003, &birth);
  *serial = g_rand_int_range (demo->rand, 0, 10000);

  make_name (demo, candidate, sex, kazakh);
  /* The IIN is set by the caller, which may need another serial. */
  konkurs_candidate_set_birth_date (candidate, &birth);
  konkurs_candidate_set_citizenship (candidate, g_rand_int_range (demo->rand, 0, 100) < 98 ? "KZ" : "RU");
  konkurs_candidate_set_language_level (candidate, pick_language_level (demo, kazakh));
  konkurs_candidate_set_exclusions (candidate, pick_exclusions (demo));
  date_reserve (demo, candidate, index);
  make_contacts (demo, candidate, index);

  first_year = make_education (demo, candidate, g_date_get_year (&birth));
  make_work (demo, candidate, first_year);
  make_certificates (demo, candidate, index);

  /* Remembered for the IIN; the entered birth date is not kept. */
  g_object_set_data (G_OBJECT (candidate), "konkurs-demo-sex", GINT_TO_POINTER (sex));
  return candidate;
}

/* Sets a valid IIN of the candidate's birth date and sex and saves; an IIN
 * that admits no check digit or is taken is replaced by the next serial. */
static gboolean
save_candidate (Demo             *demo,
                KonkursCandidate *candidate,
                guint             serial,
                GError          **error)
{
  KonkursSex sex = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (candidate), "konkurs-demo-sex"));
  const GDate *birth = konkurs_candidate_get_birth_date (candidate);

  for (guint attempt = 0; attempt < 10000; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      char iin[KONKURS_IIN_LENGTH + 1];

      if (!konkurs_iin_build (birth, sex, (serial + attempt) % 10000, iin))
        continue;

      konkurs_candidate_set_iin (candidate, iin);
      if (konkurs_store_save_candidate (demo->store, candidate, &local_error))
        return TRUE;
      if (!g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
               _("Every IIN of the birth date %02d.%02d.%04d is taken."),
               g_date_get_day (birth), g_date_get_month (birth), g_date_get_year (birth));
  return FALSE;
}

/* Most apply: to one or two vacancies, or, when young enough, to a Youth
 * Reserve selection; a few are late. */
static gboolean
make_applications (Demo             *demo,
                   KonkursCandidate *candidate,
                   guint            *n_applied,
                   GError          **error)
{
  int roll = g_rand_int_range (demo->rand, 0, 100);
  guint n_applications = roll < 12 ? 0 : roll < 80 ? 1 : 2;
  GHashTable *used = g_hash_table_new (NULL, NULL);
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < n_applications; i++)
    {
      guint which = g_rand_int_range (demo->rand, 0, demo->competitions->len);
      DemoCompetition *competition = &g_array_index (demo->competitions, DemoCompetition, which);

      /* a full competition turns the candidate to another, without a limit */
      if (competition->max_applications > 0 && competition->n_applications >= competition->max_applications)
        do
          {
            which = g_rand_int_range (demo->spread, 0, demo->competitions->len);
            competition = &g_array_index (demo->competitions, DemoCompetition, which);
          }
        while (competition->max_applications > 0 || g_hash_table_contains (used, GUINT_TO_POINTER (which + 1)));
      g_autoptr(KonkursCandidacy) candidacy = NULL;
      gint64 vacancy_id = 0;
      const char *sector = NULL;
      GDate received = competition->announced;

      if (g_hash_table_contains (used, GUINT_TO_POINTER (which + 1))
          || (competition->procedure == KONKURS_PROCEDURE_YOUTH_RESERVE && demo->sectors->len == 0))
        continue;
      g_hash_table_add (used, GUINT_TO_POINTER (which + 1));

      if (competition->procedure == KONKURS_PROCEDURE_YOUTH_RESERVE)
        sector = ((KonkursSector *) g_ptr_array_index (demo->sectors,
                                                       g_rand_int_range (demo->rand, 0, demo->sectors->len)))->code;
      else
        vacancy_id = g_array_index (competition->vacancies, gint64,
                                    g_rand_int_range (demo->rand, 0, competition->vacancies->len));

      g_date_add_days (&received, g_rand_int_range (demo->rand, 0, 100) < 95 ? g_rand_int_range (demo->rand, 0, 3) : 9);
      candidacy = konkurs_store_apply (demo->store, konkurs_candidate_get_id (candidate),
                                       competition->id, vacancy_id, sector, &received, error);
      ok = candidacy != NULL && konkurs_demo_decide (demo->store, demo->eligibility, demo->decisions, candidacy, error);
      if (ok)
        {
          (*n_applied)++;
          competition->n_applications++;
        }
    }

  g_hash_table_unref (used);
  return ok;
}

static gboolean
add_candidates (Demo                *demo,
                guint                n_candidates,
                KonkursProgressFunc  progress,
                gpointer             progress_data,
                GCancellable        *cancellable,
                GError             **error)
{
  guint n_applied = 0;
  int reported = -1;

  for (guint i = 0; i < n_candidates; i++)
    {
      g_autoptr(KonkursCandidate) candidate = NULL;
      guint serial;
      int percent;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      candidate = make_candidate (demo, i, &serial);
      if (!save_candidate (demo, candidate, serial, error)
          || !make_applications (demo, candidate, &n_applied, error))
        return FALSE;

      percent = (int) ((i + 1) * 100.0 / n_candidates);
      if (progress != NULL && percent != reported && i + 1 < n_candidates)
        {
          reported = percent;
          progress ((double) (i + 1) / n_candidates, progress_data);
        }
    }

  return TRUE;
}

static gboolean
fill_stages (Demo     *demo,
             guint32   seed,
             GError  **error)
{
  g_autoptr(GArray) civil = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) youth = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 twins[2] = { 0, 0 };

  for (guint i = 0; i < demo->competitions->len; i++)
    {
      DemoCompetition *competition = &g_array_index (demo->competitions, DemoCompetition, i);

      g_array_append_val (competition->procedure == KONKURS_PROCEDURE_YOUTH_RESERVE ? youth : civil, competition->id);
    }
  return konkurs_demo_fill_stages (demo->store, seed, (gint64 *) civil->data, civil->len, (gint64 *) youth->data,
                                   youth->len, twins, error)
         && konkurs_demo_fill_commissions (demo->store, seed, (gint64 *) civil->data, civil->len,
                                           (gint64 *) youth->data, youth->len, twins, error);
}

gboolean
konkurs_demo_generate (KonkursStore         *store,
                       guint                 n_candidates,
                       guint32               seed,
                       KonkursProgressFunc   progress,
                       gpointer              progress_data,
                       GCancellable         *cancellable,
                       GError              **error)
{
  Demo demo = { store };
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  demo.rand = g_rand_new_with_seed (seed);
  demo.decisions = g_rand_new_with_seed (seed ^ 0x5eed);
  demo.spread = g_rand_new_with_seed (seed ^ 0x5b7ead);
  demo.competitions = g_array_new (FALSE, TRUE, sizeof (DemoCompetition));
  g_array_set_clear_func (demo.competitions, demo_competition_clear);
  g_date_set_dmy (&demo.today, 1, G_DATE_MARCH, 2025);
  /* adding candidates changes no competition, vacancy, rule set or stage */
  demo.eligibility = konkurs_eligibility_cache_new ();

  ok = konkurs_store_begin (store, error);
  if (ok)
    {
      ok = konkurs_demo_fill_office (store, error)
           && add_competitions (&demo, error)
           && add_candidates (&demo, n_candidates, progress, progress_data, cancellable, error)
           && fill_stages (&demo, seed, error)
           && !g_cancellable_set_error_if_cancelled (cancellable, error);
      if (ok)
        ok = konkurs_store_commit (store, error);
      if (!ok)
        konkurs_store_rollback (store);
    }

  if (ok && progress != NULL)
    progress (1.0, progress_data);

  g_array_unref (demo.competitions);
  g_clear_pointer (&demo.sectors, g_ptr_array_unref);
  g_rand_free (demo.rand);
  g_rand_free (demo.decisions);
  g_rand_free (demo.spread);
  konkurs_eligibility_cache_free (demo.eligibility);
  return ok;
}
