/* konkurs-vacancy-search.c — what the search of the Vacancies area shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The matching itself (a substring of folded texts) runs in a worker of
 * the KonkursSearchController; here are the texts it matches and, from its
 * answer, the sets of ids that the filters look up on the main thread.
 */
#include "config.h"

#include "konkurs-competition.h"
#include "konkurs-search-controller.h"
#include "konkurs-vacancy.h"
#include "konkurs-vacancy-search.h"

struct _KonkursVacancySearch
{
  GObject     parent_instance;

  /* Of each text of the last index: the id of its competition or vacancy,
   * and of the competition it belongs to.  Competitions come first. */
  GArray     *ids;
  GArray     *competition_ids;
  guint       n_competitions;

  /* NULL while not searching. */
  GHashTable *shown_competitions;
  GHashTable *found_competitions;   /* by their own fields */
  GHashTable *shown_vacancies;
};

G_DEFINE_FINAL_TYPE (KonkursVacancySearch, konkurs_vacancy_search, G_TYPE_OBJECT)

static gboolean
contains_id (GHashTable *ids,
             gint64      id)
{
  return g_hash_table_contains (ids, &id);
}

static void
add_id (GHashTable *ids,
        gint64      id)
{
  g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
}

static GHashTable *
new_id_set (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
clear_sets (KonkursVacancySearch *self)
{
  g_clear_pointer (&self->shown_competitions, g_hash_table_unref);
  g_clear_pointer (&self->found_competitions, g_hash_table_unref);
  g_clear_pointer (&self->shown_vacancies, g_hash_table_unref);
}

static void
konkurs_vacancy_search_finalize (GObject *object)
{
  KonkursVacancySearch *self = KONKURS_VACANCY_SEARCH (object);

  clear_sets (self);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->competition_ids, g_array_unref);

  G_OBJECT_CLASS (konkurs_vacancy_search_parent_class)->finalize (object);
}

static void
konkurs_vacancy_search_class_init (KonkursVacancySearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_vacancy_search_finalize;
}

static void
konkurs_vacancy_search_init (KonkursVacancySearch *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->competition_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

KonkursVacancySearch *
konkurs_vacancy_search_new (void)
{
  return g_object_new (KONKURS_TYPE_VACANCY_SEARCH, NULL);
}

static void
add_text (KonkursVacancySearch *self,
          GPtrArray            *texts,
          gint64                id,
          gint64                competition_id,
          char                 *fields)
{
  g_array_append_val (self->ids, id);
  g_array_append_val (self->competition_ids, competition_id);
  g_ptr_array_add (texts, konkurs_search_fold (fields));
  g_free (fields);
}

/* The two values of a text, for g_strjoin(). */
#define BOTH(text) konkurs_local_text_get ((text), KONKURS_DOC_LANGUAGE_KK), \
                   konkurs_local_text_get ((text), KONKURS_DOC_LANGUAGE_RU)

GPtrArray *
konkurs_vacancy_search_index (KonkursVacancySearch *self,
                              GPtrArray            *competitions,
                              GPtrArray            *vacancies)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (KONKURS_IS_VACANCY_SEARCH (self), texts);

  g_array_set_size (self->ids, 0);
  g_array_set_size (self->competition_ids, 0);
  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = competitions->pdata[i];
      gint64 id = konkurs_competition_get_id (competition);

      /* both languages: a secretary may type either */
      add_text (self, texts, id, id,
                g_strjoin ("\n", BOTH (konkurs_competition_get_state_body_text (competition)),
                           BOTH (konkurs_competition_get_title_text (competition)),
                           konkurs_competition_get_number (competition), NULL));
    }
  self->n_competitions = competitions->len;
  for (guint i = 0; i < vacancies->len; i++)
    {
      KonkursVacancy *vacancy = vacancies->pdata[i];

      add_text (self, texts, konkurs_vacancy_get_id (vacancy), konkurs_vacancy_get_competition_id (vacancy),
                g_strjoin ("\n", BOTH (konkurs_vacancy_get_position_title_text (vacancy)),
                           konkurs_vacancy_get_category (vacancy) ?: "",
                           BOTH (konkurs_vacancy_get_sector_text (vacancy)), NULL));
    }
  return texts;
}

void
konkurs_vacancy_search_set_matches (KonkursVacancySearch *self,
                                    GtkBitset            *matches)
{
  GtkBitsetIter iter;
  guint position;

  g_return_if_fail (KONKURS_IS_VACANCY_SEARCH (self));

  clear_sets (self);
  if (matches == NULL)
    return;

  self->shown_competitions = new_id_set ();
  self->found_competitions = new_id_set ();
  self->shown_vacancies = new_id_set ();
  for (gboolean more = gtk_bitset_iter_init_first (&iter, matches, &position);
       more && position < self->ids->len;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      add_id (self->shown_competitions, g_array_index (self->competition_ids, gint64, position));
      add_id (position < self->n_competitions ? self->found_competitions : self->shown_vacancies,
              g_array_index (self->ids, gint64, position));
    }
}

gboolean
konkurs_vacancy_search_is_active (KonkursVacancySearch *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY_SEARCH (self), FALSE);

  return self->shown_competitions != NULL;
}

gboolean
konkurs_vacancy_search_shows_competition (KonkursVacancySearch *self,
                                          gint64                competition_id)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY_SEARCH (self), TRUE);

  return self->shown_competitions == NULL || contains_id (self->shown_competitions, competition_id);
}

gboolean
konkurs_vacancy_search_shows_vacancy (KonkursVacancySearch *self,
                                      gint64                competition_id,
                                      gint64                vacancy_id)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY_SEARCH (self), TRUE);

  /* A competition found by its own name shows all its vacancies. */
  return self->shown_vacancies == NULL ||
         contains_id (self->found_competitions, competition_id) ||
         contains_id (self->shown_vacancies, vacancy_id);
}
