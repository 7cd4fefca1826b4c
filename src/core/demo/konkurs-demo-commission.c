/* konkurs-demo-commission.c — the commissions of the demonstration data,
 * their meetings and votes
 *
 * Free texts (reasons, dissenting opinions, the observers and their
 * organisations) are in Russian, as the secretaries of the demo write
 * them: a document in either language may quote them, and a Russian one
 * must carry no Kazakh words but names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-demo-commission.h"
#include "konkurs-store-commission.h"
#include "konkurs-store-results.h"
#include "konkurs-store-stages.h"

/* People: a member is put together from these by an index, so that each
 * commission has people of its own, named in both languages. */
typedef struct {
  const char *kk;
  const char *ru;
} Pair;

static const Pair surnames[] = {
  { "Ахметов", "Ахметов" }, { "Серікбаев", "Серикбаев" }, { "Қасымов", "Касымов" }, { "Төлеубаев", "Тулеубаев" },
  { "Оспанов", "Оспанов" }, { "Исабеков", "Исабеков" }, { "Мұқанов", "Муканов" }, { "Сәрсенбаев", "Сарсенбаев" },
  { "Байжанов", "Байжанов" }, { "Қалиев", "Калиев" }, { "Ержанов", "Ержанов" }, { "Жақсыбеков", "Жаксыбеков" },
  { "Нұрғалиев", "Нургалиев" },
};

static const Pair men[] = {
  { "Ерлан", "Ерлан" }, { "Нұрлан", "Нурлан" }, { "Асқар", "Аскар" }, { "Дәулет", "Даулет" },
  { "Бауыржан", "Бауыржан" }, { "Қайрат", "Кайрат" }, { "Талғат", "Талгат" },
};

static const Pair women[] = {
  { "Айгүл", "Айгуль" }, { "Гүлнар", "Гульнар" }, { "Әлия", "Алия" }, { "Жанар", "Жанар" },
  { "Сәуле", "Сауле" }, { "Динара", "Динара" }, { "Меруерт", "Меруерт" },
};

/* A father's name, and the Russian patronymics of a son and a daughter. */
static const struct {
  const char *kk;
  const char *son;
  const char *daughter;
} fathers[] = {
  { "Серік", "Серикович", "Сериковна" }, { "Болат", "Болатович", "Болатовна" },
  { "Қанат", "Канатович", "Канатовна" }, { "Марат", "Маратович", "Маратовна" },
  { "Ермек", "Ермекович", "Ермековна" }, { "Бақыт", "Бахытович", "Бахытовна" },
  { "Асан", "Асанович", "Асановна" },
};

static const Pair member_positions[] = {
  { "Заң департаментінің директоры", "Директор юридического департамента" },
  { "Қаржы департаментінің директоры", "Директор финансового департамента" },
  { "Стратегиялық жоспарлау департаментінің директоры", "Директор департамента стратегического планирования" },
  { "Цифрландыру басқармасының басшысы", "Руководитель управления цифровизации" },
  { "Ішкі аудит қызметінің басшысы", "Руководитель службы внутреннего аудита" },
};

static const Pair chair_position = { "Аппарат басшысы", "Руководитель аппарата" };
static const Pair deputy_position = { "Персоналды басқару қызметінің басшысы",
                                      "Руководитель службы управления персоналом" };
static const Pair secretary_position = { "Персоналды басқару қызметінің бас сарапшысы",
                                         "Главный эксперт службы управления персоналом" };

static const char * const dissents[] = {
  "Кандидат не показал знания отраслевого законодательства, необходимого для должности.",
  "Ответы кандидата на ситуационные вопросы были неполными; считаю рекомендацию преждевременной.",
  "Опыт кандидата не связан с функциональными обязанностями должности.",
};

typedef struct {
  KonkursStore *store;
  GRand        *rand;
  guint         n_people;   /* people made so far: the next one's index */
  const gint64 *twins;      /* two applications equal in every stage (konkurs_demo_fill_stages()) */
} Filler;

/* The next person, with @role and @position. */
static KonkursCommissionMember *
next_member (Filler *f, KonkursCommissionRole role, const Pair *position)
{
  guint k = f->n_people++;
  gboolean woman = k % 2 == 1;
  const Pair *surname = &surnames[(k * 5) % G_N_ELEMENTS (surnames)];
  const Pair *given = woman ? &women[(k * 3) % G_N_ELEMENTS (women)] : &men[(k * 3) % G_N_ELEMENTS (men)];
  guint father = (k * 4 + 1) % G_N_ELEMENTS (fathers);
  g_autofree char *kk = g_strdup_printf ("%s%s %s %s%s", surname->kk, woman ? "а" : "", given->kk,
                                         fathers[father].kk, woman ? "қызы" : "ұлы");
  g_autofree char *ru = g_strdup_printf ("%s%s %s %s", surname->ru, woman ? "а" : "", given->ru,
                                         woman ? fathers[father].daughter : fathers[father].son);

  return konkurs_commission_member_new (role, kk, ru, position->kk, position->ru);
}

/* A commission of @kind named @name_kk/@name_ru, serving @serves (may be
 * NULL), of a chair, a deputy chair, @n_members members and a secretary;
 * its id into *@id. */
static gboolean
save_commission (Filler *f, KonkursCommissionKind kind, const char *name_kk, const char *name_ru,
                 const KonkursLocalText *serves, guint n_members, const char *order, gint64 *id, GError **error)
{
  g_autoptr(KonkursCommissionRecord) record = konkurs_commission_record_new (kind);

  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_KK, name_kk);
  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_RU, name_ru);
  if (serves != NULL)
    {
      konkurs_local_text_free (record->serves);
      record->serves = konkurs_local_text_copy (serves);
    }
  g_free (record->order_number);
  record->order_number = g_strdup (order);
  g_date_set_dmy (&record->order_date, 14, G_DATE_JANUARY, 2025);
  g_ptr_array_add (record->members, next_member (f, KONKURS_COMMISSION_CHAIR, &chair_position));
  g_ptr_array_add (record->members, next_member (f, KONKURS_COMMISSION_DEPUTY_CHAIR, &deputy_position));
  for (guint i = 0; i < n_members; i++)
    g_ptr_array_add (record->members, next_member (f, KONKURS_COMMISSION_MEMBER,
                                                   &member_positions[i % G_N_ELEMENTS (member_positions)]));
  g_ptr_array_add (record->members, next_member (f, KONKURS_COMMISSION_SECRETARY, &secretary_position));
  if (!konkurs_store_save_commission_record (f->store, record, error))
    return FALSE;
  *id = record->id;
  return TRUE;
}

/* The competition commission of @competition_id's state body, bound to
 * it; @n_members varies, so that one commission has an even number of
 * voting members. */
static gboolean
add_body_commission (Filler *f, gint64 competition_id, guint n_members, gint64 *id, GError **error)
{
  g_autoptr(KonkursCompetition) competition = konkurs_store_get_competition (f->store, competition_id, error);
  const KonkursLocalText *body;
  g_autofree char *kk = NULL;
  g_autofree char *ru = NULL;
  g_autofree char *order = NULL;

  if (competition == NULL)
    return FALSE;
  body = konkurs_competition_get_state_body_text (competition);
  /* "… министрлігі" → "… министрлігінің конкурстық комиссиясы" */
  kk = g_strdup_printf ("%sнің конкурстық комиссиясы", konkurs_local_text_get (body, KONKURS_DOC_LANGUAGE_KK));
  ru = g_strdup_printf ("Конкурсная комиссия (%s)", konkurs_local_text_get (body, KONKURS_DOC_LANGUAGE_RU));
  order = g_strdup_printf ("%" G_GINT64_FORMAT "-к", 10 + competition_id);
  return save_commission (f, KONKURS_COMMISSION_KIND_COMPETITION, kk, ru, body, n_members, order, id, error)
         && konkurs_store_set_competition_commission (f->store, competition_id, *id, error);
}

static gboolean
bind_stage (Filler *f, gint64 competition_id, KonkursStageKind kind, gint64 commission_id, GError **error)
{
  g_autoptr(KonkursStage) stage = konkurs_store_find_stage (f->store, competition_id, kind, error);

  return stage != NULL && konkurs_store_set_stage_commission (f->store, stage->id, commission_id, error);
}

/* The Youth Reserve: the agency's competition commission for the
 * selections, the expert commission and the National Commission for
 * their stages. */
static gboolean
add_youth_commissions (Filler *f, const gint64 *youth, guint n_youth, GError **error)
{
  gint64 agency = 0, expert = 0, national = 0;

  if (n_youth == 0)
    return TRUE;
  if (!add_body_commission (f, youth[0], 3, &agency, error)
      || !save_commission (f, KONKURS_COMMISSION_KIND_EXPERT, "Президенттік жастар кадрлық резервінің сараптамалық "
                           "комиссиясы", "Экспертная комиссия Президентского молодёжного кадрового резерва", NULL, 4,
                           "12-ж", &expert, error)
      || !save_commission (f, KONKURS_COMMISSION_KIND_NATIONAL, "Президенттік жастар кадрлық резерві жөніндегі "
                           "Ұлттық комиссия", "Национальная комиссия по Президентскому молодёжному кадровому резерву",
                           NULL, 5, "3-н", &national, error))
    return FALSE;
  for (guint i = 0; i < n_youth; i++)
    if ((i > 0 && !konkurs_store_set_competition_commission (f->store, youth[i], agency, error))
        || !bind_stage (f, youth[i], KONKURS_STAGE_EXPERT_COMMISSION, expert, error)
        || !bind_stage (f, youth[i], KONKURS_STAGE_NATIONAL_COMMISSION, national, error))
      return FALSE;
  return TRUE;
}

static gboolean
add_commissions (Filler *f, const gint64 *civil, guint n_civil, const gint64 *youth, guint n_youth, GError **error)
{
  for (guint i = 0; i < n_civil; i++)
    {
      gint64 id;

      /* 5, 6 or 7 voting members: the second commission is even */
      if (!add_body_commission (f, civil[i], 3 + i % 3, &id, error))
        return FALSE;
    }
  return add_youth_commissions (f, youth, n_youth, error);
}

/* Meetings */

/* What a meeting of the demo shows. */
typedef enum {
  MEETING_PLAIN       = 0,
  MEETING_CHAIR_AWAY  = 1 << 0,   /* the chair absent: the deputy chairs */
  MEETING_TIE         = 1 << 1,   /* one candidate 2–2 (with an abstention), the chairing member deciding */
  MEETING_RECUSAL     = 1 << 2,   /* a member declares a conflict with one candidate */
  MEETING_FAILED      = 1 << 3,   /* nobody of the last vacancy is recommended */
  MEETING_TWINS       = 1 << 4,   /* the twins all for, the others of their vacancy not all */
} MeetingShow;

/* The last working day before @held_on. */
static void
working_day_before (Filler *f, const GDate *held_on, GDate *day)
{
  KonkursCalendar *calendar = konkurs_store_get_calendar (f->store);

  *day = *held_on;
  do
    g_date_subtract_days (day, 1);
  while (!konkurs_calendar_is_working_day (calendar, day));
}

/* A meeting of @stage on @held_on at @starts_at, in the organisation's
 * building, with its recording and an observer registered in time. */
static KonkursMeeting *
add_meeting (Filler *f, const KonkursStage *stage, const GDate *held_on, const char *starts_at,
             KonkursObserverKind observer_kind, const char *observer_name, const char *organisation, GError **error)
{
  g_autoptr(KonkursMeeting) meeting = konkurs_meeting_new (0, stage->id, held_on);
  g_autoptr(KonkursObserver) observer = NULL;
  g_autofree char *recording = NULL;
  GDate registered;

  g_free (meeting->starts_at);
  meeting->starts_at = g_strdup (starts_at);
  konkurs_local_text_set (meeting->place, KONKURS_DOC_LANGUAGE_KK, "Астана қ., Мәңгілік Ел даңғылы, 8, 412-кабинет");
  konkurs_local_text_set (meeting->place, KONKURS_DOC_LANGUAGE_RU, "г. Астана, проспект Мангилик Ел, 8, кабинет 412");
  g_free (meeting->recording_name);
  meeting->recording_name = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".mp4", konkurs_stage_kind_to_code (stage->kind),
                                             stage->id);
  recording = g_strdup_printf ("demo recording of stage %" G_GINT64_FORMAT, stage->id);
  g_free (meeting->recording_sha256);
  meeting->recording_sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, recording, -1);
  if (!konkurs_store_save_meeting (f->store, meeting, NULL, error))
    return NULL;

  working_day_before (f, held_on, &registered);
  observer = konkurs_observer_new (observer_name, observer_kind, &registered);
  g_free (observer->organisation);
  observer->organisation = g_strdup (organisation);
  if (!konkurs_store_add_observer (f->store, meeting->id, observer, error))
    return NULL;
  return g_steal_pointer (&meeting);
}

/* The member who chairs, the first present with @role, or 0. */
static gint64
member_with_role (GPtrArray *attendance, KonkursCommissionRole role)
{
  for (guint i = 0; i < attendance->len; i++)
    {
      const KonkursAttendance *a = g_ptr_array_index (attendance, i);

      if (a->member->role == role)
        return a->member->id;
    }
  return 0;
}

static gboolean
cast (Filler *f, gint64 meeting_id, const KonkursMemberBallot *ballot, gint64 application_id,
      KonkursBallotKind kind, const char *dissent, GError **error)
{
  return konkurs_store_cast_ballot (f->store, meeting_id, ballot->member_id, application_id, kind, 0, dissent,
                                    NULL, error);
}

/* The votes on @row: @show TIE splits them evenly, an abstention making
 * the number even, the chairing member for; FAILED has all but one
 * against (who states a dissenting opinion); otherwise each votes for
 * with the candidate's chance, sometimes abstaining, and one who voted
 * against a recommended candidate now and then states an opinion. */
static gboolean
vote_row (Filler *f, gint64 meeting_id, const KonkursMeetingRow *row, MeetingShow show, GError **error)
{
  double chance = 0.35 + g_rand_double (f->rand) * 0.6;
  guint n = 0, voters = 0;
  gboolean dissented = FALSE;

  for (guint i = 0; i < row->ballots->len; i++)
    {
      const KonkursMemberBallot *b = g_ptr_array_index (row->ballots, i);

      voters += konkurs_commission_role_votes (b->ballot.role) && b->ballot.present && !b->ballot.recused;
    }
  for (guint i = 0; i < row->ballots->len; i++)
    {
      const KonkursMemberBallot *b = g_ptr_array_index (row->ballots, i);
      KonkursBallotKind kind;
      const char *dissent = NULL;

      if (!konkurs_commission_role_votes (b->ballot.role) || !b->ballot.present || b->ballot.recused)
        continue;
      if (show & MEETING_TWINS)
        /* a twin all for; another of their vacancy with one against at least */
        kind = row->application_id == f->twins[0] || row->application_id == f->twins[1] || n + 1 < voters
               ? KONKURS_BALLOT_FOR : KONKURS_BALLOT_AGAINST;
      else if (show & MEETING_TIE)
        /* the chairing member votes first (the commission's order): for,
         * or against in the vacancy nobody is recommended for */
        kind = voters % 2 == 1 && n == voters - 1 ? KONKURS_BALLOT_ABSTAIN
               : (n % 2 == 0) != ((show & MEETING_FAILED) != 0) ? KONKURS_BALLOT_FOR : KONKURS_BALLOT_AGAINST;
      else if (show & MEETING_FAILED)
        kind = n == voters - 1 ? KONKURS_BALLOT_FOR : KONKURS_BALLOT_AGAINST;
      else
        kind = g_rand_double (f->rand) < 0.05 ? KONKURS_BALLOT_ABSTAIN
               : g_rand_double (f->rand) < chance ? KONKURS_BALLOT_FOR : KONKURS_BALLOT_AGAINST;
      if ((kind == KONKURS_BALLOT_FOR && show == MEETING_FAILED)
          || (kind == KONKURS_BALLOT_AGAINST && !dissented && !(show & MEETING_TIE) && chance > 0.7))
        {
          dissent = dissents[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (dissents))];
          dissented = TRUE;
        }
      if (!cast (f, meeting_id, b, row->application_id, kind, dissent, error))
        return FALSE;
      n++;
    }
  return TRUE;
}

/* The vacancy nobody is to be recommended for: the last one before the
 * meeting but the twins'; -1 with fewer than two vacancies. */
static gint64
failed_vacancy (GPtrArray *rows, gint64 twins)
{
  gint64 failed = -1;
  guint n_vacancies = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      gint64 vacancy = ((KonkursMeetingRow *) g_ptr_array_index (rows, i))->vacancy_id;

      n_vacancies += i == 0 || vacancy != ((KonkursMeetingRow *) g_ptr_array_index (rows, i - 1))->vacancy_id;
      if (vacancy != twins)
        failed = vacancy;
    }
  return n_vacancies >= 2 ? failed : -1;
}

/* Whether a row's vacancy is neither @failed nor @twins'. */
static gboolean
has_plain_vacancy (GPtrArray *rows, gint64 failed, gint64 twins)
{
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 vacancy = ((KonkursMeetingRow *) g_ptr_array_index (rows, i))->vacancy_id;

      if (vacancy != failed && vacancy != twins)
        return TRUE;
    }
  return FALSE;
}

/* The vacancy of the twins, when both are before the meeting; else 0. */
static gint64
twins_vacancy (Filler *f, GPtrArray *rows)
{
  gint64 vacancy = 0;
  guint found = 0;

  for (guint i = 0; f->twins != NULL && i < rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (rows, i);

      if (f->twins[0] != 0 && (row->application_id == f->twins[0] || row->application_id == f->twins[1]))
        {
          found++;
          vacancy = row->vacancy_id;
        }
    }
  return found == 2 ? vacancy : 0;
}

static gboolean
recuse_one (Filler *f, gint64 meeting_id, GPtrArray *attendance, const KonkursMeetingRow *row, GError **error)
{
  gint64 member = member_with_role (attendance, KONKURS_COMMISSION_MEMBER);

  return member == 0 || konkurs_store_set_recusal (f->store, meeting_id, member, row->application_id, TRUE,
                                                   "Кандидат является родственником супруги члена комиссии",
                                                   error);
}

/* Attendance, recusals and votes of @meeting as @show says, then its
 * decisions recorded: the meeting is closed. */
static gboolean
hold_meeting (Filler *f, const KonkursMeeting *meeting, MeetingShow show, GError **error)
{
  g_autoptr(GPtrArray) attendance = konkurs_store_list_attendance (f->store, meeting->id, error);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 failed, twins;
  gboolean tied = FALSE;

  if (attendance == NULL)
    return FALSE;
  if ((show & MEETING_CHAIR_AWAY)
      && !konkurs_store_set_attendance (f->store, meeting->id, member_with_role (attendance, KONKURS_COMMISSION_CHAIR),
                                        FALSE, NULL, error))
    return FALSE;
  if ((rows = konkurs_store_list_meeting_rows (f->store, meeting->id, error)) == NULL)
    return FALSE;
  if ((show & MEETING_RECUSAL) && rows->len > 1 && !recuse_one (f, meeting->id, attendance,
                                                                g_ptr_array_index (rows, 1), error))
    return FALSE;
  g_clear_pointer (&rows, g_ptr_array_unref);
  if ((rows = konkurs_store_list_meeting_rows (f->store, meeting->id, error)) == NULL)
    return FALSE;
  twins = twins_vacancy (f, rows);
  failed = (show & MEETING_FAILED) ? failed_vacancy (rows, twins) : -1;
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (rows, i);
      MeetingShow how = row->vacancy_id == failed ? MEETING_FAILED
                      : row->vacancy_id == twins && twins != 0 ? MEETING_TWINS : MEETING_PLAIN;

      /* the tie: in a vacancy of its own when there is one, else the
       * first of the failed vacancy, the chair then voting against */
      if (!tied && (show & MEETING_TIE) && how != MEETING_TWINS
          && (how == MEETING_PLAIN || !has_plain_vacancy (rows, failed, twins)))
        {
          how |= MEETING_TIE;
          tied = TRUE;
        }
      if (!vote_row (f, meeting->id, row, how, error))
        return FALSE;
    }
  return konkurs_store_record_decisions (f->store, meeting->id, FALSE, NULL, error);
}

/* The first working day from @stage's start (@fallback when it has none). */
static void
meeting_day (Filler *f, const KonkursStage *stage, const GDate *fallback, GDate *day)
{
  *day = g_date_valid (&stage->starts_on) ? stage->starts_on : *fallback;
  while (!konkurs_calendar_is_working_day (konkurs_store_get_calendar (f->store), day))
    g_date_add_days (day, 1);
}

/* The stage's meeting on its first working day (or @fallback's), held as
 * @show says, then the stage closed; its id and day into *@meeting_id and
 * *@held. */
static gboolean
meet_and_close (Filler *f, gint64 competition_id, KonkursStageKind kind, const GDate *fallback, MeetingShow show,
                KonkursObserverKind observer_kind, const char *observer, const char *organisation,
                gint64 *meeting_id, GDate *held, GError **error)
{
  g_autoptr(KonkursStage) stage = konkurs_store_find_stage (f->store, competition_id, kind, error);
  g_autoptr(KonkursMeeting) meeting = NULL;
  GDate held_on;

  if (stage == NULL)
    return FALSE;
  meeting_day (f, stage, fallback, &held_on);
  meeting = add_meeting (f, stage, &held_on, "10:00", observer_kind, observer, organisation, error);
  if (meeting == NULL)
    return FALSE;
  *meeting_id = meeting->id;
  *held = held_on;
  return hold_meeting (f, meeting, show, error) && konkurs_store_close_stage (f->store, stage->id, TRUE, error);
}

static gboolean
close_assessment (Filler *f, gint64 competition_id, GError **error)
{
  g_autoptr(KonkursStage) stage = konkurs_store_find_stage (f->store, competition_id,
                                                            KONKURS_STAGE_ASSESSMENT_CENTRE, error);

  return stage != NULL && konkurs_store_close_stage (f->store, stage->id, TRUE, error);
}

/* Results */

/* A tie the ranking could not break, settled by the commission at
 * @meeting_id: the first of each tie takes its places.  Nothing when
 * there is none. */
static gboolean
settle_ties (Filler *f, gint64 meeting_id, GPtrArray *rows, GError **error)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (rows, i);
      guint so_far = GPOINTER_TO_UINT (g_hash_table_lookup (taken, GUINT_TO_POINTER (row->place.cut)));

      if (row->place.place != KONKURS_PLACE_TIED || so_far >= row->place.tied_places)
        continue;
      g_array_append_val (chosen, row->application_id);
      g_hash_table_insert (taken, GUINT_TO_POINTER (row->place.cut), GUINT_TO_POINTER (so_far + 1));
    }
  return chosen->len == 0
         || konkurs_store_decide_tie (f->store, meeting_id, (gint64 *) chosen->data, chosen->len,
                                      "Комиссия отдала предпочтение кандидату с большим опытом работы в "
                                      "государственной службе", error);
}

/* Every holder appointed by an order of the week after @decided; the
 * first holder with a reserve list refuses first, the position going to
 * the next of the list. */
static gboolean
appoint (Filler *f, gint64 competition_id, const GDate *decided, GError **error)
{
  g_autoptr(GPtrArray) results = konkurs_store_list_vacancy_results (f->store, competition_id, error);
  gboolean refused = FALSE;
  GDate order_date = *decided;

  if (results == NULL)
    return FALSE;
  g_date_add_days (&order_date, 7);
  for (guint i = 0; i < results->len; i++)
    {
      const KonkursVacancyResult *result = g_ptr_array_index (results, i);
      g_autofree char *number = g_strdup_printf ("%u-л/с", 120 + i);
      gint64 holder = result->holder_id;

      if (holder == 0)
        continue;
      if (!refused && result->rows->len > 1)
        {
          g_autoptr(GPtrArray) again = NULL;

          refused = TRUE;
          if (!konkurs_store_record_appointment (f->store, holder, KONKURS_APPOINTMENT_REFUSED, NULL, NULL,
                                                 "Отказался от должности в связи с переездом в другой город", error)
              || (again = konkurs_store_list_vacancy_results (f->store, competition_id, error)) == NULL)
            return FALSE;
          holder = ((KonkursVacancyResult *) g_ptr_array_index (again, i))->holder_id;
          if (holder == 0)
            continue;
        }
      if (!konkurs_store_record_appointment (f->store, holder, KONKURS_APPOINTMENT_APPOINTED, number, &order_date,
                                             NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* The civil-service competition after its interview: ties settled, the
 * vacancies' outcomes recorded, the winners appointed. */
static gboolean
finish_civil (Filler *f, gint64 competition_id, gint64 meeting_id, const GDate *held, GError **error)
{
  g_autoptr(GPtrArray) results = konkurs_store_list_vacancy_results (f->store, competition_id, error);

  for (guint i = 0; results != NULL && i < results->len; i++)
    if (!settle_ties (f, meeting_id, ((KonkursVacancyResult *) g_ptr_array_index (results, i))->rows, error))
      return FALSE;
  return results != NULL && konkurs_store_record_outcomes (f->store, competition_id, held, error)
         && appoint (f, competition_id, held, error);
}

/* The Youth Reserve's top: a tie at its last place settled by the
 * National Commission, then those admitted entered in the register. */
static gboolean
finish_youth (Filler *f, gint64 competition_id, gint64 meeting_id, const GDate *held, GError **error)
{
  g_autoptr(GPtrArray) top = konkurs_store_list_reserve_top (f->store, competition_id, error);

  if (top == NULL)
    return FALSE;
  /* a small demo may bring nobody to the National Commission */
  return top->len == 0 || (settle_ties (f, meeting_id, top, error)
                           && konkurs_store_enter_reserve (f->store, competition_id, held, NULL, error));
}

/* The interview of @competition_id under way: its meeting held, the
 * first half of the candidates voted on, nothing decided yet. */
static gboolean
meeting_under_way (Filler *f, gint64 competition_id, const GDate *fallback, GError **error)
{
  g_autoptr(KonkursStage) stage = konkurs_store_find_stage (f->store, competition_id, KONKURS_STAGE_INTERVIEW, error);
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GDate held_on;

  if (stage == NULL)
    return FALSE;
  if (stage->state != KONKURS_STAGE_STATE_OPEN)
    return TRUE;
  meeting_day (f, stage, fallback, &held_on);
  meeting = add_meeting (f, stage, &held_on, "15:00", KONKURS_OBSERVER_LOCAL_COUNCIL, "Жумабаев Ерлан Аскарович",
                         "Маслихат города Астаны", error);
  if (meeting == NULL || (rows = konkurs_store_list_meeting_rows (f->store, meeting->id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len / 2; i++)
    if (!vote_row (f, meeting->id, g_ptr_array_index (rows, i), MEETING_PLAIN, error))
      return FALSE;
  return TRUE;
}

gboolean
konkurs_demo_fill_commissions (KonkursStore  *store,
                               guint32        seed,
                               const gint64  *civil,
                               guint          n_civil,
                               const gint64  *youth,
                               guint          n_youth,
                               const gint64  *twins,
                               GError       **error)
{
  Filler f = { store, g_rand_new_with_seed (seed ^ 0xc0331),  0, twins };
  gint64 meeting = 0;
  GDate june, held;
  gboolean ok;

  g_date_clear (&june, 1);
  g_date_clear (&held, 1);
  g_date_set_dmy (&june, 3, G_DATE_JUNE, 2025);
  ok = add_commissions (&f, civil, n_civil, youth, n_youth, error);
  /* the interview of civil[3]: the chair decides a tie, a member recuses
   * himself, nobody is recommended for the last vacancy; then the
   * appointments, one winner refusing */
  if (ok && n_civil > 3)
    ok = meet_and_close (&f, civil[3], KONKURS_STAGE_INTERVIEW, &june,
                         MEETING_TIE | MEETING_RECUSAL | MEETING_FAILED | MEETING_TWINS,
                         KONKURS_OBSERVER_MEDIA, "Сейтова Айгерим Бахытовна", "Газета «Казахстанская правда»",
                         &meeting, &held, error)
         && finish_civil (&f, civil[3], meeting, &held, error);
  if (ok && n_civil > 4)
    ok = meeting_under_way (&f, civil[4], &june, error);
  /* the June selection: the expert commission without its chair, then the
   * National Commission and the reserve register */
  f.twins = NULL;
  if (ok && n_youth > 0)
    ok = close_assessment (&f, youth[0], error)
         && meet_and_close (&f, youth[0], KONKURS_STAGE_EXPERT_COMMISSION, &june, MEETING_CHAIR_AWAY | MEETING_TIE,
                            KONKURS_OBSERVER_NGO, "Ким Виктория Сергеевна", "ОФ «Молодёжная инициатива»", &meeting, &held,
                            error)
         && meet_and_close (&f, youth[0], KONKURS_STAGE_NATIONAL_COMMISSION, &june, MEETING_PLAIN,
                            KONKURS_OBSERVER_PARLIAMENT, "Алиев Рустем Серикович",
                            "Мажилис Парламента Республики Казахстан", &meeting, &held, error)
         && finish_youth (&f, youth[0], meeting, &held, error);
  g_rand_free (f.rand);
  return ok;
}
