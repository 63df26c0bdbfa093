package io.edubureau.platform;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the PostgreSQL driver send a JDBC batch of inserts as multi-row statements: the
 * staff import writes tens of thousands of rows, and one round trip per row would
 * dominate its time. Other databases are left as configured.
 */
@Component
class BatchedInserts implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
				&& !hikari.getDataSourceProperties().containsKey("reWriteBatchedInserts")) {
			hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
		}
		return bean;
	}

}
