/* test-protocol.c — the protocol builder: header, tables in groups with
 * their empty texts and totals, signatures that never stand alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-protocol.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

#define TITLE        "Protocol of the review of documents"
#define STATE_BODY   "Қазақстан Республикасы Әділет министрлігі"
#define COMPETITION  "Әкімшілік лауазымға конкурс"

static const KonkursProtocolColumn columns[] = {
  { N_("No."), 1 },
  { N_("IIN"), 4, KONKURS_DOCUMENT_ALIGN_LEFT, N_("Personal code") },
  { N_("Result"), 3, KONKURS_DOCUMENT_ALIGN_RIGHT },
};

static const KonkursProtocolSignature signatures[] = {
  { N_("Chair of the commission"), "Ә. Қасымов" },
  { N_("Members of the commission") },
  { NULL },
  { N_("Secretary of the commission"), "Ү. Нұрланова" },
};

/* A document of the test's own, as the registry describes one. */
static const KonkursDocumentKind test_kind = {
  "test", TITLE, "Test", NULL, KONKURS_DOCUMENT_SCOPE_COMPETITION, KONKURS_DOCUMENT_ANONYMOUS,
};

typedef struct {
  KonkursCatalog *catalog;
  char           *dir;
  char           *path;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->catalog = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_KK, &error);
  g_assert_no_error (error);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-protocol-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "protocol.pdf", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
  g_assert_finalize_object (fixture->catalog);
}

static const char *
kk (Fixture *fixture, const char *msgid)
{
  const char *text = konkurs_catalog_gettext (fixture->catalog, msgid);

  /* every msgid of these tests has its Kazakh translation */
  g_assert_cmpstr (text, !=, msgid);
  return text;
}

/* Writes the protocol's document and returns its pages. */
static GStrv
finish (Fixture *fixture, KonkursProtocol *protocol)
{
  g_autoptr(KonkursDocument) document = konkurs_protocol_finish (protocol);

  g_assert_finalize_object (protocol);
  return konkurs_test_document_pages (document, fixture->path);
}

static void
add_rows (KonkursProtocol *protocol, const char *prefix, guint n)
{
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *code = g_strdup_printf ("%s-%03u", prefix, i);
      const char * const cells[] = { number, code, "passed" };

      konkurs_protocol_add_row (protocol, cells);
    }
}

/* The title once, the footer and the table's header row on every page. */
static void
test_header_on_every_page (Fixture *fixture, gconstpointer data)
{
  KonkursProtocol *protocol = konkurs_protocol_new (fixture->catalog, TITLE, "Detail");
  const KonkursProtocolTable table = { columns, G_N_ELEMENTS (columns) };
  g_autofree char *footer = g_strconcat (kk (fixture, TITLE), " — Detail", NULL);
  g_auto(GStrv) pages = NULL;
  guint n_pages;

  konkurs_protocol_add_header (protocol);
  konkurs_protocol_add_paragraph (protocol, N_("Candidates are listed by their personal codes only, "
                                               "in the order of the codes."));
  konkurs_protocol_begin_table (protocol, &table);
  add_rows (protocol, "row", 200);
  konkurs_protocol_end_table (protocol);
  pages = finish (fixture, protocol);

  n_pages = g_strv_length (pages);
  g_assert_cmpuint (n_pages, >, 3);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *number = konkurs_test_expand (kk (fixture, "Page %u of %u"), i + 1, n_pages);

      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], footer), ==, 1);
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], number), ==, 1);
      /* the title above the first page's text, and in every footer */
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], kk (fixture, TITLE)), ==, i == 0 ? 2 : 1);
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], kk (fixture, "Result")), ==, 1);
      /* both lines of a two-line header cell */
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], kk (fixture, "IIN")), ==, 1);
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], kk (fixture, "Personal code")), ==, 1);
    }
  g_assert_nonnull (strstr (pages[0], "row-001"));
  g_assert_nonnull (strstr (pages[n_pages - 1], "row-200"));
}

/* Runs of white space (line breaks included) as one space. */
static char *
squeeze (char **pages)
{
  g_autofree char *text = g_strjoinv (" ", pages);
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @texts appear in @text in this order. */
static void
assert_in_order (const char *text, const char * const *texts)
{
  const char *from = text;

  for (guint i = 0; texts[i] != NULL; i++)
    {
      const char *at = strstr (from, texts[i]);

      if (at == NULL)
        g_error ("“%s” is missing or out of order", texts[i]);
      from = at + strlen (texts[i]);
    }
}

/* Each of @texts appears once in @text. */
static void
assert_once (const char *text, const char * const *texts)
{
  for (guint i = 0; texts[i] != NULL; i++)
    g_assert_cmpuint (konkurs_test_count_occurrences (text, texts[i]), ==, 1);
}

static void
add_group (KonkursProtocol *protocol, const char *heading, guint n_rows)
{
  const KonkursProtocolCount counts[] = { { "Passed", n_rows }, { "Failed", 0 } };

  konkurs_protocol_add_group (protocol, heading);
  /* rows "A-001"… in "Group-A" */
  add_rows (protocol, heading + strlen ("Group-"), n_rows);
  konkurs_protocol_add_group_totals (protocol, counts, G_N_ELEMENTS (counts));
}

/* Each group a heading, its rows and its totals; a group without rows its
 * empty text, without totals. */
static void
test_groups (Fixture *fixture, gconstpointer data)
{
  KonkursProtocol *protocol = konkurs_protocol_new (fixture->catalog, TITLE, NULL);
  const KonkursProtocolTable table = {
    columns, G_N_ELEMENTS (columns),
    N_("No applications were received."), N_("No applications were received for this position."),
  };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  konkurs_protocol_add_header (protocol);
  konkurs_protocol_begin_table (protocol, &table);
  add_group (protocol, "Group-A", 3);
  add_group (protocol, "Group-Empty", 0);
  add_group (protocol, "Group-B", 60);
  konkurs_protocol_end_table (protocol);
  pages = finish (fixture, protocol);
  text = squeeze (pages);

  {
    const char * const order[] = {
      "Group-A", "A-003", "Passed: 3; Failed: 0",
      "Group-Empty", kk (fixture, "No applications were received for this position."),
      "Group-B", "B-001", "B-060", "Passed: 60; Failed: 0",
      NULL
    };

    assert_in_order (text, order);
    assert_once (text, order);
  }
  g_assert_null (strstr (text, "Passed: 0"));
  g_assert_null (strstr (text, kk (fixture, "No applications were received.")));
  /* a header row for each group's table, and again on each page */
  g_assert_cmpuint (konkurs_test_count_occurrences (text, kk (fixture, "Result")), ==,
                    2 + g_strv_length (pages) - 1);
}

/* Without an empty-group text, a group without rows leaves nothing; a
 * table without any row prints the table's empty text. */
static void
test_groups_left_out (Fixture *fixture, gconstpointer data)
{
  KonkursProtocol *protocol = konkurs_protocol_new (fixture->catalog, TITLE, NULL);
  const KonkursProtocolTable table = {
    columns, G_N_ELEMENTS (columns), N_("No applications were received."), NULL,
  };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  konkurs_protocol_add_header (protocol);
  konkurs_protocol_begin_table (protocol, &table);
  add_group (protocol, "Group-A", 2);
  add_group (protocol, "Group-Empty", 0);
  konkurs_protocol_end_table (protocol);
  konkurs_protocol_begin_table (protocol, &table);
  add_group (protocol, "Group-Other", 0);
  konkurs_protocol_end_table (protocol);
  pages = finish (fixture, protocol);
  text = squeeze (pages);

  {
    const char * const order[] = { "Group-A", "Passed: 2", kk (fixture, "No applications were received."), NULL };

    assert_in_order (text, order);
    assert_once (text, order);
  }
  g_assert_null (strstr (text, "Group-Empty"));
  g_assert_null (strstr (text, "Group-Other"));
  g_assert_cmpuint (konkurs_test_count_occurrences (text, kk (fixture, "Result")), ==, 1);
}

static void
test_totals (Fixture *fixture, gconstpointer data)
{
  KonkursProtocol *protocol = konkurs_protocol_new (fixture->catalog, TITLE, NULL);
  const KonkursProtocolCount counts[] = { { "Applications", 12 }, { "Admitted", 7 }, { "Refused", 5 } };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  konkurs_protocol_add_header (protocol);
  konkurs_protocol_add_totals (protocol, N_("Totals"), counts, G_N_ELEMENTS (counts));
  pages = finish (fixture, protocol);
  text = squeeze (pages);

  {
    const char * const order[] = { kk (fixture, "Totals"), "Applications: 12", "Admitted: 7", "Refused: 5", NULL };

    assert_in_order (text, order);
    assert_once (text, order);
  }
}

/* Whatever the length of the table, the signatures share their page with
 * the totals before them (and with a row of the table when no totals come
 * between), and none of their lines goes to another page. */
static void
check_signatures (Fixture *fixture, gboolean totals)
{
  const KonkursProtocolTable table = { columns, G_N_ELEMENTS (columns) };
  const KonkursProtocolCount counts[] = { { "Applications", 1 }, { "Admitted", 1 }, { "Refused", 0 } };
  gboolean moved = FALSE;

  for (guint n_rows = 40; n_rows <= 75; n_rows++)
    {
      KonkursProtocol *protocol = konkurs_protocol_new (fixture->catalog, TITLE, NULL);
      g_autofree char *last = g_strdup_printf ("row-%03u", n_rows);
      g_autofree char *before_last = g_strdup_printf ("row-%03u", n_rows - 1);
      g_auto(GStrv) pages = NULL;
      const char * const *text;
      int page;

      konkurs_protocol_add_header (protocol);
      konkurs_protocol_begin_table (protocol, &table);
      add_rows (protocol, "row", n_rows);
      konkurs_protocol_end_table (protocol);
      if (totals)
        konkurs_protocol_add_totals (protocol, N_("Totals"), counts, G_N_ELEMENTS (counts));
      konkurs_protocol_add_signatures (protocol, signatures, G_N_ELEMENTS (signatures));
      pages = finish (fixture, protocol);
      text = (const char * const *) pages;

      page = konkurs_test_page_of (text, kk (fixture, "Chair of the commission"));
      g_assert_cmpint (page, >=, 0);
      g_assert_cmpint (konkurs_test_page_of (text, "Ә. Қасымов"), ==, page);
      g_assert_cmpint (konkurs_test_page_of (text, kk (fixture, "Secretary of the commission")), ==, page);
      g_assert_cmpint (konkurs_test_page_of (text, "Ү. Нұрланова"), ==, page);
      if (totals)
        {
          g_assert_cmpint (konkurs_test_page_of (text, kk (fixture, "Totals")), ==, page);
          g_assert_cmpint (konkurs_test_page_of (text, "Applications: 1"), ==, page);
          g_assert_cmpint (konkurs_test_page_of (text, "Refused: 0"), ==, page);
        }
      else
        g_assert_cmpint (konkurs_test_page_of (text, last), ==, page);
      /* the rounds where the closing lines fit below the table but the
       * signatures would not are those where all of them move */
      if (konkurs_test_page_of (text, totals ? last : before_last) < page)
        moved = TRUE;
    }
  g_assert_true (moved);
}

static void
test_signatures_after_totals (Fixture *fixture, gconstpointer data)
{
  check_signatures (fixture, TRUE);
}

static void
test_signatures_after_table (Fixture *fixture, gconstpointer data)
{
  check_signatures (fixture, FALSE);
}

/* The header of a competition: its details and the dates asked for. */
static void
test_competition (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  gint64 id = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY, COMPETITION,
                                            2026, G_DATE_NOVEMBER, 16);
  g_autoptr(GDate) announced = g_date_new_dmy (16, G_DATE_NOVEMBER, 2026);
  g_autofree char *announced_text = konkurs_catalog_format_date (fixture->catalog, announced);
  g_autofree char *footer = g_strconcat (kk (fixture, TITLE), " — ", STATE_BODY, NULL);
  g_autoptr(GError) error = NULL;
  KonkursProtocol *protocol;
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  protocol = konkurs_protocol_new_for_competition (store, id, fixture->catalog, &test_kind,
                                                   KONKURS_PROTOCOL_DATES, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (konkurs_competition_get_document_deadline (konkurs_protocol_get_competition (protocol)));
  konkurs_protocol_add_header (protocol);
  pages = finish (fixture, protocol);
  text = squeeze (pages);
  {
    const char * const order[] = {
      kk (fixture, TITLE), COMPETITION,
      kk (fixture, "State body"), STATE_BODY,
      /* in the official wording of the rule set, not the label of the
       * interface */
      kk (fixture, "Procedure"),
      "«Б» корпусының бос әкімшілік мемлекеттік лауазымына орналасуға арналған жалпы конкурс",
      kk (fixture, "Announcement date"), announced_text,
      kk (fixture, "Deadline for documents"),
      NULL
    };

    assert_in_order (text, order);
  }
  g_assert_nonnull (strstr (pages[0], footer));

  protocol = konkurs_protocol_new_for_competition (store, 999, fixture->catalog, &test_kind,
                                                   KONKURS_PROTOCOL_DATES_NONE, NULL, &error);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_null (protocol);
}

/* A year the working-day calendar does not know: the deadline cannot be
 * counted. */
static void
test_unknown_deadline (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  gint64 id = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY, COMPETITION,
                                            2040, G_DATE_NOVEMBER, 16);
  g_autofree char *dash = g_strconcat (kk (fixture, "Deadline for documents"), ": —", NULL);
  g_autoptr(GError) error = NULL;
  KonkursProtocol *protocol;
  g_auto(GStrv) pages = NULL;

  protocol = konkurs_protocol_new_for_competition (store, id, fixture->catalog, &test_kind,
                                                   KONKURS_PROTOCOL_DATES, NULL, &error);
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA);
  g_assert_null (protocol);
  g_clear_error (&error);

  protocol = konkurs_protocol_new_for_competition (store, id, fixture->catalog, &test_kind,
                                                   KONKURS_PROTOCOL_DATES_IF_KNOWN, NULL, &error);
  g_assert_no_error (error);
  konkurs_protocol_add_header (protocol);
  pages = finish (fixture, protocol);
  g_assert_nonnull (strstr (pages[0], dash));
  g_clear_pointer (&pages, g_strfreev);

  /* a header without dates does not need the calendar */
  protocol = konkurs_protocol_new_for_competition (store, id, fixture->catalog, &test_kind,
                                                   KONKURS_PROTOCOL_DATES_NONE, NULL, &error);
  g_assert_no_error (error);
  konkurs_protocol_add_header (protocol);
  pages = finish (fixture, protocol);
  g_assert_nonnull (strstr (pages[0], STATE_BODY));
  g_assert_null (strstr (pages[0], kk (fixture, "Deadline for documents")));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/protocol/header-on-every-page", test_header_on_every_page);
  ADD ("/protocol/groups", test_groups);
  ADD ("/protocol/groups-left-out", test_groups_left_out);
  ADD ("/protocol/totals", test_totals);
  ADD ("/protocol/signatures-after-totals", test_signatures_after_totals);
  ADD ("/protocol/signatures-after-table", test_signatures_after_table);
  ADD ("/protocol/competition", test_competition);
  ADD ("/protocol/unknown-deadline", test_unknown_deadline);
#undef ADD

  return g_test_run ();
}
