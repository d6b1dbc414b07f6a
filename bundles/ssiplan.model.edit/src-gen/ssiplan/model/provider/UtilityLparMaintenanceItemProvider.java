/**
 */
package ssiplan.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import ssiplan.model.SsiplanPackage;
import ssiplan.model.UtilityLparMaintenance;

/**
 * This is the item provider adapter for a {@link ssiplan.model.UtilityLparMaintenance} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class UtilityLparMaintenanceItemProvider extends ScenarioItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UtilityLparMaintenanceItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addProductionMemberPropertyDescriptor(object);
			addUtilityMemberPropertyDescriptor(object);
			addTargetServiceLevelPropertyDescriptor(object);
			addReleaseUtilityLparPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Production Member feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductionMemberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UtilityLparMaintenance_productionMember_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_UtilityLparMaintenance_productionMember_feature", "_UI_UtilityLparMaintenance_type"),
				 SsiplanPackage.Literals.UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Utility Member feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUtilityMemberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UtilityLparMaintenance_utilityMember_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_UtilityLparMaintenance_utilityMember_feature", "_UI_UtilityLparMaintenance_type"),
				 SsiplanPackage.Literals.UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Service Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetServiceLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UtilityLparMaintenance_targetServiceLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_UtilityLparMaintenance_targetServiceLevel_feature", "_UI_UtilityLparMaintenance_type"),
				 SsiplanPackage.Literals.UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Release Utility Lpar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReleaseUtilityLparPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UtilityLparMaintenance_releaseUtilityLpar_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_UtilityLparMaintenance_releaseUtilityLpar_feature", "_UI_UtilityLparMaintenance_type"),
				 SsiplanPackage.Literals.UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns UtilityLparMaintenance.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/UtilityLparMaintenance"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((UtilityLparMaintenance)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_UtilityLparMaintenance_type") :
			getString("_UI_UtilityLparMaintenance_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(UtilityLparMaintenance.class)) {
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL:
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
