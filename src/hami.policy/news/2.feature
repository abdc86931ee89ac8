Foundation: buildout deployment with ZEO, site creation, four languages with right-to-left Uyghur and Kazakh, language root folders titled in their own language. @hami-egov
