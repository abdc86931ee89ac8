Classic UI theme on Barceloneta: emblem and the portal's name in the page's language in the header and the browser title; direction and language tag on the html element. @hami-egov
