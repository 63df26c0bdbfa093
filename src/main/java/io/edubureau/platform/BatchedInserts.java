package io.edubureau.platform;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the PostgreSQL driver send a JDBC batch of inserts as multi-row statements: bulk
 * entity writes (import updates, Hibernate's batches) would otherwise take one round trip
 * per row. Other databases are left as configured.
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
