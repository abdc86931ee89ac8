Staff receive the portal's notifications in the language they chose in their personal preferences (Uyghur, Kazakh, English; Chinese by default): one mail per language. @hami-egov
