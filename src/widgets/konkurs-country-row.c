/* konkurs-country-row.c — a country chosen by its name in the interface
 * language, kept as its ISO 3166 code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "konkurs-collation.h"
#include "konkurs-country-row.h"

#define ISO_DOMAIN   "iso_3166-1"
#define KAZAKHSTAN   "KZ"

typedef struct {
  char *code;
  char *name;   /* in the interface language */
} Country;

struct _KonkursCountryRow
{
  AdwActionRow   parent_instance;

  GtkDropDown   *drop_down;
  GPtrArray     *codes;   /* of char *, one per item of the drop-down */
};

G_DEFINE_FINAL_TYPE (KonkursCountryRow, konkurs_country_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The countries of iso-codes */

static int
compare_countries (gconstpointer a,
                   gconstpointer b)
{
  const Country *x = *(const Country * const *) a;
  const Country *y = *(const Country * const *) b;

  /* Kazakhstan first: nearly every candidate is its citizen. */
  if (g_str_equal (x->code, KAZAKHSTAN) != g_str_equal (y->code, KAZAKHSTAN))
    return g_str_equal (x->code, KAZAKHSTAN) ? -1 : 1;
  return konkurs_collation_compare (x->name, y->name);
}

static void
country_free (Country *country)
{
  g_free (country->code);
  g_free (country->name);
  g_free (country);
}

/* Reads iso_3166-1.json, whose every value is a string: GVariant's text
 * format reads it as it is. */
static GPtrArray *
read_countries (GError **error)
{
  g_autofree char *path = g_build_filename (ISO_CODES_PREFIX, "share", "iso-codes", "json", "iso_3166-1.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GVariant) all = NULL;
  g_autoptr(GVariant) list = NULL;
  GPtrArray *countries = g_ptr_array_new_with_free_func ((GDestroyNotify) country_free);
  GVariantIter iter;
  GVariant *entry;

  if (!g_file_get_contents (path, &text, NULL, error))
    return countries;
  all = g_variant_parse (G_VARIANT_TYPE ("a{saa{ss}}"), text, NULL, NULL, error);
  if (all == NULL || (list = g_variant_lookup_value (all, "3166-1", NULL)) == NULL)
    return countries;

  bindtextdomain (ISO_DOMAIN, ISO_CODES_PREFIX "/share/locale");
  bind_textdomain_codeset (ISO_DOMAIN, "UTF-8");
  g_variant_iter_init (&iter, list);
  while ((entry = g_variant_iter_next_value (&iter)) != NULL)
    {
      const char *code = NULL, *name = NULL;
      Country *country;

      g_variant_lookup (entry, "alpha_2", "&s", &code);
      if (!g_variant_lookup (entry, "common_name", "&s", &name))
        g_variant_lookup (entry, "name", "&s", &name);
      if (code != NULL && name != NULL)
        {
          country = g_new0 (Country, 1);
          country->code = g_strdup (code);
          country->name = g_strdup (g_dgettext (ISO_DOMAIN, name));
          g_ptr_array_add (countries, country);
        }
      g_variant_unref (entry);
    }
  g_ptr_array_sort (countries, compare_countries);
  return countries;
}

/* Read once, in the language the interface has for the whole run. */
static GPtrArray *
get_countries (void)
{
  static GPtrArray *countries;

  if (g_once_init_enter (&countries))
    {
      g_autoptr(GError) error = NULL;
      GPtrArray *read = read_countries (&error);

      if (error != NULL)
        g_warning ("Could not read the names of countries (package iso-codes): %s", error->message);
      g_once_init_leave (&countries, read);
    }
  return countries;
}

const char *
konkurs_country_name (const char *code)
{
  GPtrArray *countries = get_countries ();

  for (guint i = 0; code != NULL && i < countries->len; i++)
    {
      const Country *country = countries->pdata[i];

      if (g_ascii_strcasecmp (country->code, code) == 0)
        return country->name;
    }
  return NULL;
}

/* The row */

static void
fill (KonkursCountryRow *self,
      const char        *extra_code)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *countries = get_countries ();

  g_ptr_array_set_size (self->codes, 0);
  for (guint i = 0; i < countries->len; i++)
    {
      const Country *country = countries->pdata[i];

      gtk_string_list_append (names, country->name);
      g_ptr_array_add (self->codes, g_strdup (country->code));
    }
  /* A code iso-codes does not know is the record's, and stays its. */
  if (extra_code != NULL)
    {
      gtk_string_list_append (names, extra_code);
      g_ptr_array_add (self->codes, g_strdup (extra_code));
    }
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (names));
}

static gboolean
find_code (KonkursCountryRow *self,
           const char        *code,
           guint             *position)
{
  for (guint i = 0; i < self->codes->len; i++)
    if (g_str_equal (self->codes->pdata[i], code))
      {
        *position = i;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_country_row_get_code (KonkursCountryRow *self)
{
  guint selected;

  g_return_val_if_fail (KONKURS_IS_COUNTRY_ROW (self), NULL);

  selected = gtk_drop_down_get_selected (self->drop_down);
  return selected < self->codes->len ? self->codes->pdata[selected] : KAZAKHSTAN;
}

void
konkurs_country_row_set_code (KonkursCountryRow *self,
                              const char        *code)
{
  g_autofree char *upper = g_ascii_strup (code != NULL && *code != '\0' ? code : KAZAKHSTAN, -1);
  guint position = 0;

  g_return_if_fail (KONKURS_IS_COUNTRY_ROW (self));

  if (!find_code (self, upper, &position))
    {
      fill (self, upper);
      find_code (self, upper, &position);
    }
  gtk_drop_down_set_selected (self->drop_down, position);
}

GtkDropDown *
konkurs_country_row_get_drop_down (KonkursCountryRow *self)
{
  g_return_val_if_fail (KONKURS_IS_COUNTRY_ROW (self), NULL);

  return self->drop_down;
}

static void
on_selected_changed (KonkursCountryRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

/* The drop-down is named after the row, which AdwActionRow 1.2 does not
 * tell its suffixes. */
static void
on_title_changed (KonkursCountryRow *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), -1);
}

static void
konkurs_country_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, konkurs_country_row_get_code (KONKURS_COUNTRY_ROW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_country_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CODE:
      konkurs_country_row_set_code (KONKURS_COUNTRY_ROW (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_country_row_finalize (GObject *object)
{
  g_clear_pointer (&KONKURS_COUNTRY_ROW (object)->codes, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_country_row_parent_class)->finalize (object);
}

static void
konkurs_country_row_class_init (KonkursCountryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = konkurs_country_row_get_property;
  object_class->set_property = konkurs_country_row_set_property;
  object_class->finalize = konkurs_country_row_finalize;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, KAZAKHSTAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_country_row_init (KonkursCountryRow *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->drop_down, expression);
  gtk_drop_down_set_enable_search (self->drop_down, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->drop_down), GTK_ALIGN_CENTER);
  fill (self, NULL);
  konkurs_country_row_set_code (self, KAZAKHSTAN);

  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->drop_down));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->drop_down));
  g_signal_connect_swapped (self->drop_down, "notify::selected", G_CALLBACK (on_selected_changed), self);
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);
}

GtkWidget *
konkurs_country_row_new (void)
{
  return g_object_new (KONKURS_TYPE_COUNTRY_ROW, NULL);
}
