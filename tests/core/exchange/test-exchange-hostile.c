/* test-exchange-hostile.c — files that are not what an import expects:
 * each is refused with a message that says what it is and where, nothing
 * is imported, and nothing but that message is printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "konkurs-exchange.h"
#include "konkurs-store-candidates.h"
#include "konkurs-test-util.h"

typedef struct {
  const char *file;
  int         line;       /* 0: the message has no line */
  const char *fragment;
  const char *fragment2;  /* NULL or a second thing the message must say */
} HostileFile;

static const HostileFile hostile_files[] = {
  { "hostile-not-xml.csv",          1, "this is not an XML file", "“Surname;Name;IIN”" },
  { "hostile-pdf.xml",              0, "this is a PDF file", NULL },
  { "hostile-xlsx.xml",             0, "ZIP archive (an ODS or XLSX spreadsheet", NULL },
  { "hostile-long-attribute.xml",   6, "contacts/@address: the attribute is 21000 characters long", "at most 10000" },
  { "hostile-wrong-encoding.xml",   4, "not in the encoding “UTF-8” the file declares", NULL },
  { "hostile-declared-encoding.xml", 4, "not in the encoding “Shift_JIS” the file declares", NULL },
  { "hostile-latin1-mojibake.xml",  4, "declares the encoding “ISO-8859-1”, but its text is UTF-8", NULL },
  { "hostile-mojibake-c1.xml",      6, "candidate/surname: ", "U+0090 at position 2" },
  { "hostile-rlo-name.xml",         5, "candidate/name: ", "U+202E at position 1" },
  { "hostile-combining-marks.xml",  4, "candidate/surname: ", "more than 3 combining marks" },
  { "hostile-zero-width-name.xml",  4, "candidate/surname: ", "invisible characters only" },
};

static void
assert_refused (const char *path,
                int         line,
                const char *fragment,
                const char *fragment2)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_exchange_import_file_in (store, path, KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL, NULL,
                                                   &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == KONKURS_EXCHANGE_ERROR);
  konkurs_test_assert_file_message (error->message, path, line, fragment, fragment2);
  g_assert_cmpint (konkurs_store_count_candidates (store, NULL), ==, 0);
}

/* @text, written to a file @name of a new folder, is refused as
 * assert_refused() says. */
static void
assert_text_refused (const char    *name,
                     const GString *text,
                     int            line,
                     const char    *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = konkurs_test_make_tmp_dir ("test-exchange-hostile-XXXXXX");
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);
  assert_refused (path, line, fragment, NULL);
  konkurs_test_remove_tree (dir);
}

/* In a child, so that whatever libxml2 would print on stderr is seen. */
static void
test_hostile_file (gconstpointer data)
{
  const HostileFile *hostile = data;

  if (g_test_subprocess ())
    {
      g_autofree char *path = konkurs_test_data_path (hostile->file);

      assert_refused (path, hostile->line, hostile->fragment, hostile->fragment2);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

/* libxml2's own limit (10,000,000 characters without XML_PARSE_HUGE) is
 * met before Konkurs sees the attribute: its message names neither. */
static void
test_huge_attribute (void)
{
  g_autoptr(GString) text = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("");
      return;
    }

  text = g_string_new ("<?xml version=\"1.0\"?>\n<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" "
                       "version=\"1\">\n  <candidate iin=\"900315300172\"\n    ");
  g_string_append (text, "address=\"");
  for (int i = 0; i < 1100000; i++)
    g_string_append (text, "Астана ");
  g_string_append (text, "\"/>\n</konkurs-candidates>\n");
  assert_text_refused ("huge.xml", text, 4,
                       "candidate/@address: the attribute is longer than 10000000 characters");
}

/* A text of megabytes in an element (a state body): refused with its
 * element and line, not imported to be printed on every protocol. */
static void
test_huge_text (void)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\"?>\n"
                                          "<konkurs-competitions xmlns=\"urn:konkurs:competitions:1\" "
                                          "version=\"2\" xml:lang=\"kk\">\n"
                                          "  <competition procedure=\"civil-service\" announcement-date=\"2025-03-03\">\n"
                                          "    <state-body>");

  for (int i = 0; i < 30000; i++)
    g_string_append (text, "Министрлік ");
  g_string_append (text, "</state-body>\n  </competition>\n</konkurs-competitions>\n");
  assert_text_refused ("long.xml", text, 4, "state-body: the text is longer than 100000 characters");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/exchange-hostile/%s", hostile_files[i].file);

      g_test_add_data_func (test_path, &hostile_files[i], test_hostile_file);
    }
  g_test_add_func ("/exchange-hostile/huge-attribute", test_huge_attribute);
  g_test_add_func ("/exchange-hostile/huge-text", test_huge_text);

  return g_test_run ();
}
