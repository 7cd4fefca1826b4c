/* test-exchange-shared.c — the reader and the writer that every kind of
 * XML file is built on, with a made-up kind of file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "konkurs-autocleanups.h"
#include "konkurs-exchange-private.h"
#include "konkurs-test-util.h"

#define TEST_NS "urn:konkurs:test:1"

static const KonkursExchangeFormat test_format = {
  .root = "konkurs-test",
  .ns = TEST_NS,
  .version = "3",
  .schema = "test",
  .attr_prefix = "@",
};

/* The oldest format writes attributes without the @. */
static const KonkursExchangeFormat bare_format = {
  .root = "konkurs-test",
  .ns = TEST_NS,
  .version = "3",
  .schema = "test",
  .attr_prefix = "",
};

static const KonkursExchangeEnum level_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_level, KONKURS_LEVEL_CENTRAL, KONKURS_LEVEL_DISTRICT);

/* ------------------------------------------------------------------------ */
/* Reading */

typedef struct {
  KonkursImportContext ctx;
  xmlDoc              *doc;
  xmlNode             *record;   /* the first child element of the root */
} Reading;

/* libxml2 gives an element the line where its start tag ends: <record>
 * is on line 6. */
#define DOCUMENT \
  "<?xml version=\"1.0\"?>\n" \
  "<konkurs-test xmlns=\"" TEST_NS "\" version=\"3\">\n" \
  "  <record n=\"5\" zero=\"0\" neg=\"-1\" big=\"10000\" year=\"1800\" nan=\"5x\"\n" \
  "          yes=\"true\" one=\"1\" no=\"false\" nought=\"0\" maybe=\"yes\"\n" \
  "          date=\" 2025-03-21 \" feb30=\"2025-02-30\" us=\"03/21/2025\"\n" \
  "          level=\"district\" bad-level=\"county\" text=\"  kept  \">\n" \
  "    <name>  Әлия  </name>\n" \
  "    <blank>  </blank>\n" \
  "  </record>\n" \
  "</konkurs-test>\n"

static void
reading_set_up (Reading       *reading,
                gconstpointer  data)
{
  reading->doc = xmlReadMemory (DOCUMENT, strlen (DOCUMENT), "test.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (reading->doc);
  reading->record = xmlFirstElementChild (xmlDocGetRootElement (reading->doc));
  reading->ctx.display_name = g_strdup ("test.xml");
  reading->ctx.format = data != NULL ? data : &test_format;
  reading->ctx.reported = -1;
}

static void
reading_tear_down (Reading       *reading,
                   gconstpointer  data)
{
  g_clear_pointer (&reading->ctx.validator, xmlSchemaFreeValidCtxt);
  g_free (reading->ctx.display_name);
  xmlFreeDoc (reading->doc);
}

#define READING_TEST(path, format, func) \
  g_test_add (path, Reading, format, reading_set_up, func, reading_tear_down)

static void
assert_message (GError     *error,
                const char *expected)
{
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
assert_int_refused (Reading    *reading,
                    const char *name,
                    gint64      min,
                    gint64      max,
                    const char *expected)
{
  g_autoptr(GError) error = NULL;
  gint64 out = 77;

  g_assert_false (konkurs_exchange_read_int_attr (&reading->ctx, reading->record, name, TRUE,
                                                  min, max, &out, &error));
  assert_message (error, expected);
  g_assert_cmpint (out, ==, 77);
}

static void
test_read_int (Reading       *reading,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 out = 0;

  g_assert_true (konkurs_exchange_read_int_attr (&reading->ctx, reading->record, "n", TRUE, 1, 10, &out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (out, ==, 5);

  /* Optional and absent: @out keeps its default. */
  out = 42;
  g_assert_true (konkurs_exchange_read_int_attr (&reading->ctx, reading->record, "absent", FALSE, 1, 10,
                                                 &out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (out, ==, 42);

  assert_int_refused (reading, "absent", 1, 10, "test.xml:6: record/@absent: this required attribute is missing");
  assert_int_refused (reading, "zero", 1, 10, "test.xml:6: record/@zero: '0' is not a positive number");
  assert_int_refused (reading, "neg", 0, 10, "test.xml:6: record/@neg: '-1' is negative");
  assert_int_refused (reading, "big", 0, 9999, "test.xml:6: record/@big: '10000' is more than 9999");
  assert_int_refused (reading, "year", 1900, 2100, "test.xml:6: record/@year: '1800' is not between 1900 and 2100");
  assert_int_refused (reading, "nan", 0, 10, "test.xml:6: record/@nan: '5x' is not a whole number");
}

/* The oldest format names attributes without the @. */
static void
test_read_bare_names (Reading       *reading,
                      gconstpointer  data)
{
  assert_int_refused (reading, "zero", 1, 10, "test.xml:6: record/zero: '0' is not a positive number");
  assert_int_refused (reading, "absent", 1, 10, "test.xml:6: record/absent: this required attribute is missing");
}

static void
test_read_bool (Reading       *reading,
                gconstpointer  data)
{
  const struct { const char *name; gboolean value; } good[] = {
    { "yes", TRUE }, { "one", TRUE }, { "no", FALSE }, { "nought", FALSE },
  };
  g_autoptr(GError) error = NULL;
  gboolean out;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      out = !good[i].value;
      g_assert_true (konkurs_exchange_read_bool_attr (&reading->ctx, reading->record, good[i].name, &out, &error));
      g_assert_no_error (error);
      g_assert_cmpint (out, ==, good[i].value);
    }

  g_assert_false (konkurs_exchange_read_bool_attr (&reading->ctx, reading->record, "maybe", &out, &error));
  assert_message (error, "test.xml:6: record/@maybe: 'yes' is neither “true” nor “false”");
}

static void
test_read_date (Reading       *reading,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  /* Blanks around a date are allowed, as xs:date allows them. */
  g_assert_true (konkurs_exchange_read_date_attr (&reading->ctx, reading->record, "date", TRUE, &date, &error));
  g_assert_no_error (error);
  konkurs_test_assert_date (&date, 2025, 3, 21);

  g_assert_true (konkurs_exchange_read_date_attr (&reading->ctx, reading->record, "absent", FALSE, &date, &error));
  g_assert_no_error (error);
  g_assert_false (g_date_valid (&date));

  g_assert_false (konkurs_exchange_read_date_attr (&reading->ctx, reading->record, "feb30", TRUE, &date, &error));
  assert_message (error, "test.xml:6: record/@feb30: '2025-02-30' is not a date in the form YYYY-MM-DD "
                         "(for example 2025-03-21)");
  g_clear_error (&error);
  g_assert_false (konkurs_exchange_read_date_attr (&reading->ctx, reading->record, "us", FALSE, &date, &error));
  g_assert_nonnull (strstr (error->message, "record/@us: '03/21/2025' is not a date"));
}

static void
test_read_enum (Reading       *reading,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KonkursLevel level = KONKURS_LEVEL_CENTRAL;

  g_assert_true (konkurs_exchange_read_enum_attr (&reading->ctx, reading->record, "level", TRUE,
                                                  &level_codes, &level, &error));
  g_assert_no_error (error);
  g_assert_cmpint (level, ==, KONKURS_LEVEL_DISTRICT);

  level = KONKURS_LEVEL_REGIONAL;
  g_assert_true (konkurs_exchange_read_enum_attr (&reading->ctx, reading->record, "absent", FALSE,
                                                  &level_codes, &level, &error));
  g_assert_no_error (error);
  g_assert_cmpint (level, ==, KONKURS_LEVEL_REGIONAL);

  /* The codes are listed in the order of the values. */
  g_assert_false (konkurs_exchange_read_enum_attr (&reading->ctx, reading->record, "bad-level", TRUE,
                                                   &level_codes, &level, &error));
  assert_message (error, "test.xml:6: record/@bad-level: 'county' is not a known code; "
                         "use central, regional or district");
}

static void
test_read_text (Reading       *reading,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = konkurs_exchange_read_attr (reading->record, "text");
  g_autofree char *exact = konkurs_exchange_read_text_attr (reading->record, "text");
  g_autofree char *name = NULL;
  g_autofree char *absent = NULL;

  g_assert_cmpstr (stripped, ==, "kept");
  g_assert_cmpstr (exact, ==, "  kept  ");
  g_assert_null (konkurs_exchange_read_text_attr (reading->record, "absent"));
  g_assert_null (konkurs_exchange_require_text_attr (&reading->ctx, reading->record, "absent", &error));
  assert_message (error, "test.xml:6: record/@absent: this required attribute is missing");
  g_clear_error (&error);

  /* Element text is kept as it is. */
  g_assert_true (konkurs_exchange_read_text_child (&reading->ctx, reading->record, "name", TRUE, &name, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "  Әлия  ");

  g_assert_true (konkurs_exchange_read_text_child (&reading->ctx, reading->record, "absent", FALSE, &absent,
                                                   &error));
  g_assert_no_error (error);
  g_assert_null (absent);

  g_assert_false (konkurs_exchange_read_text_child (&reading->ctx, reading->record, "absent", TRUE, &absent,
                                                    &error));
  assert_message (error, "test.xml:6: record/absent: this required element is missing");
  g_clear_error (&error);
  g_assert_false (konkurs_exchange_read_text_child (&reading->ctx, reading->record, "blank", TRUE, &absent,
                                                    &error));
  assert_message (error, "test.xml:8: record/blank: must not be empty");
}

static void
test_check_version (Reading       *reading,
                    gconstpointer  data)
{
  static const KonkursExchangeFormat newer = { .root = "konkurs-test", .ns = TEST_NS, .version = "4",
                                               .attr_prefix = "@" };
  xmlNode *root = xmlDocGetRootElement (reading->doc);
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_exchange_check_version (&reading->ctx, root, &error));
  g_assert_no_error (error);

  reading->ctx.format = &newer;
  g_assert_false (konkurs_exchange_check_version (&reading->ctx, root, &error));
  assert_message (error, "test.xml:2: konkurs-test/@version: '3' is not a version this Konkurs reads "
                         "(it reads 4); a newer Konkurs may have written the file");
  g_clear_error (&error);

  xmlUnsetProp (root, (const xmlChar *) "version");
  g_assert_false (konkurs_exchange_check_version (&reading->ctx, root, &error));
  assert_message (error, "test.xml:2: konkurs-test/@version: this required attribute is missing");
}

static void
test_messages (Reading       *reading,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  konkurs_exchange_set_error_at (&error, &reading->ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0, "whole %s", "file");
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_MALFORMED);
  g_assert_cmpstr (error->message, ==, "test.xml: whole file");
  g_clear_error (&error);

  /* A rule of the domain is the file's fault, at the element. */
  konkurs_exchange_propagate_store_error (&reading->ctx, reading->record,
                                          g_error_new_literal (KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                                                               "No such thing."),
                                          &error);
  assert_message (error, "test.xml:6: record: No such thing.");
  g_clear_error (&error);

  /* Anything else keeps its domain, with the place in front. */
  konkurs_exchange_propagate_store_error (&reading->ctx, reading->record,
                                          g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE, "Disk full."),
                                          &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (error->message, ==, "test.xml:6: record: Disk full.");
}

static void
count_report (double   fraction,
              gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

/* At most one report a percent. */
static void
test_report_progress (Reading       *reading,
                      gconstpointer  data)
{
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));

  reading->ctx.progress = count_report;
  reading->ctx.progress_data = fractions;
  for (int i = 0; i <= 1000; i++)
    konkurs_exchange_report_progress (&reading->ctx, i / 1000.0);

  g_assert_cmpuint (fractions->len, ==, 101);
  g_assert_cmpfloat (g_array_index (fractions, double, 100), ==, 1.0);
}

/* A record is validated against its global declaration, and the message
 * names the element at fault and its line. */
static void
test_validate_record (Reading       *reading,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  xmlNode *blank = xmlLastElementChild (reading->record);

  g_assert_false (konkurs_exchange_validate_element (&reading->ctx, reading->record, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "test.xml:8: record/blank: the file does not follow "
                                                   "the schema of Konkurs: "));
  /* libxml2's {namespace}name is written as name. */
  g_assert_null (strstr (error->message, TEST_NS));
  g_clear_error (&error);

  xmlUnlinkNode (blank);
  xmlFreeNode (blank);
  g_assert_true (konkurs_exchange_validate_element (&reading->ctx, reading->record, &error));
  g_assert_no_error (error);
}

/* ------------------------------------------------------------------------ */
/* Writing */

typedef struct {
  char *dir;
  char *path;   /* dir/out.xml */
} Writing;

static void
writing_set_up (Writing       *writing,
                gconstpointer  data)
{
  writing->dir = konkurs_test_make_tmp_dir ("test-exchange-shared-XXXXXX");
  writing->path = g_build_filename (writing->dir, "out.xml", NULL);
}

static void
writing_tear_down (Writing       *writing,
                   gconstpointer  data)
{
  konkurs_test_remove_tree (writing->dir);
  g_free (writing->dir);
  g_free (writing->path);
}

#define WRITING_TEST(path, func) \
  g_test_add (path, Writing, NULL, writing_set_up, func, writing_tear_down)

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

typedef enum {
  BODY_WRITES,
  BODY_FAILS,       /* writes, then fails for a reason of its own */
  BODY_CANCELLED,   /* checks its cancellable, which is cancelled */
} BodyKind;

static gboolean
write_body (KonkursExchangeWriter *writer,
            gpointer               user_data,
            GCancellable          *cancellable,
            GError               **error)
{
  BodyKind kind = GPOINTER_TO_INT (user_data);
  g_autoptr(GDate) date = g_date_new_dmy (21, G_DATE_MARCH, 2025);
  GDate invalid;

  g_date_clear (&invalid, 1);
  if (kind == BODY_CANCELLED && g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  konkurs_exchange_write_start (writer, "record");
  konkurs_exchange_write_attr (writer, "text", "a & \"b\" <c>");
  konkurs_exchange_write_attr (writer, "empty", "");
  konkurs_exchange_write_attr (writer, "null", NULL);
  konkurs_exchange_write_int_attr (writer, "number", G_MININT64);
  konkurs_exchange_write_bool_attr (writer, "yes", TRUE);
  konkurs_exchange_write_bool_attr (writer, "no", FALSE);
  konkurs_exchange_write_enum_attr (writer, "level", &level_codes, KONKURS_LEVEL_DISTRICT);
  konkurs_exchange_write_date_attr (writer, "date", date);
  konkurs_exchange_write_date_attr (writer, "no-date", NULL);
  konkurs_exchange_write_date_attr (writer, "invalid-date", &invalid);
  konkurs_exchange_write_text_element (writer, "name", "Әлия\nекінші жол", TRUE);
  konkurs_exchange_write_text_element (writer, "required", NULL, TRUE);
  konkurs_exchange_write_text_element (writer, "optional", "", FALSE);
  konkurs_exchange_write_end (writer);

  if (kind == BODY_FAILS)
    {
      g_set_error_literal (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE, "the body gave up");
      return FALSE;
    }

  return TRUE;
}

static void
test_write_file (Writing       *writing,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (konkurs_exchange_write_file (&test_format, writing->path, write_body,
                                              GINT_TO_POINTER (BODY_WRITES), NULL, &error));
  g_assert_no_error (error);
  text = read_file (writing->path);
  g_assert_cmpstr (text, ==,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<konkurs-test xmlns=\"" TEST_NS "\" version=\"3\">\n"
                   "  <record text=\"a &amp; &quot;b&quot; &lt;c&gt;\" number=\"-9223372036854775808\" "
                   "yes=\"true\" no=\"false\" level=\"district\" date=\"2025-03-21\">\n"
                   "    <name>Әлия\nекінші жол</name>\n"
                   "    <required></required>\n"
                   "  </record>\n"
                   "</konkurs-test>\n");
  g_assert_cmpuint (count_entries (writing->dir), ==, 1);
}

/* A body that fails leaves the old file as it was and no temporary file. */
static void
test_write_fails (Writing       *writing,
                  gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (writing->path, "old", -1, NULL));
  g_assert_false (konkurs_exchange_write_file (&test_format, writing->path, write_body,
                                               GINT_TO_POINTER (BODY_FAILS), NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, "the body gave up");
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (konkurs_exchange_write_file (&test_format, writing->path, write_body,
                                               GINT_TO_POINTER (BODY_CANCELLED), cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  text = read_file (writing->path);
  g_assert_cmpstr (text, ==, "old");
  g_assert_cmpuint (count_entries (writing->dir), ==, 1);
}

/* The file's own failures are the exchange's WRITE, naming the file. */
static void
test_write_missing_folder (Writing       *writing,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (writing->dir, "missing", "out.xml", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_exchange_write_file (&test_format, path, write_body,
                                               GINT_TO_POINTER (BODY_WRITES), NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, "out.xml cannot be written in the folder "));
  g_assert_cmpuint (count_entries (writing->dir), ==, 0);
}

static void
test_is_xml_text (void)
{
  g_assert_true (konkurs_exchange_is_xml_text (NULL));
  g_assert_true (konkurs_exchange_is_xml_text ("Әлия\tand\r\nmore <&>"));
  g_assert_false (konkurs_exchange_is_xml_text ("bell \a"));
  g_assert_false (konkurs_exchange_is_xml_text ("\xef\xbf\xbe"));   /* U+FFFE */
  g_assert_false (konkurs_exchange_is_xml_text ("\xc3("));          /* not UTF-8 */
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;

  g_test_init (&argc, &argv, NULL);

  /* konkurs-test.xsd is a test file. */
  data_dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_setenv ("KONKURS_DATA_DIR", data_dir, TRUE);

  READING_TEST ("/exchange-shared/read/int", NULL, test_read_int);
  READING_TEST ("/exchange-shared/read/bare-names", &bare_format, test_read_bare_names);
  READING_TEST ("/exchange-shared/read/bool", NULL, test_read_bool);
  READING_TEST ("/exchange-shared/read/date", NULL, test_read_date);
  READING_TEST ("/exchange-shared/read/enum", NULL, test_read_enum);
  READING_TEST ("/exchange-shared/read/text", NULL, test_read_text);
  READING_TEST ("/exchange-shared/read/version", NULL, test_check_version);
  READING_TEST ("/exchange-shared/read/messages", NULL, test_messages);
  READING_TEST ("/exchange-shared/read/progress", NULL, test_report_progress);
  READING_TEST ("/exchange-shared/read/validate-record", NULL, test_validate_record);
  WRITING_TEST ("/exchange-shared/write/file", test_write_file);
  WRITING_TEST ("/exchange-shared/write/failure", test_write_fails);
  WRITING_TEST ("/exchange-shared/write/missing-folder", test_write_missing_folder);
  g_test_add_func ("/exchange-shared/write/xml-text", test_is_xml_text);

  return g_test_run ();
}
